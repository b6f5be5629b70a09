package dev.jango.db.query;

import dev.jango.db.meta.Field;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of {@code values(...)}: the selected fields' values, read typed by field or by name.
 *
 * <pre>{@code
 * for (Row r : Book.objects.all().values(BOOK.title, BOOK.pages)) {
 *     String title = r.get(BOOK.title);
 *     int pages = r.get(BOOK.pages);
 * }
 * }</pre>
 */
public final class Row {
    private final List<Field<?, ?>> fields;
    private final Object[] values;

    Row(List<Field<?, ?>> fields, Object[] values) {
        this.fields = fields;
        this.values = values;
    }

    /** The value of {@code field}, typed by the field. */
    @SuppressWarnings("unchecked")
    public <T> T get(Field<?, T> field) {
        int i = fields.indexOf(field);
        if (i < 0) {
            throw new IllegalArgumentException("field " + field + " was not selected; row has " + names());
        }
        return (T) values[i];
    }

    /** The value of the field named {@code name}. */
    public Object get(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return values[i];
            }
        }
        throw new IllegalArgumentException("field '" + name + "' was not selected; row has " + names());
    }

    /** Field name to value, in selection order. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            map.put(fields.get(i).name(), values[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    private List<String> names() {
        return fields.stream().map(Field::name).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Row r && r.asMap().equals(asMap());
    }

    @Override
    public int hashCode() {
        return asMap().hashCode();
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}

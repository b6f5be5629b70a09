package dev.jango.db.query;

import dev.jango.db.meta.Field;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of {@code values(...)} or {@code aggregate(...)}: the selected fields' and annotations' values, read
 * typed by field, or by name.
 *
 * <pre>{@code
 * for (Row r : Book.objects.values(BOOK.format).annotate("n", Count.all())) {
 *     Book.Format format = r.get(BOOK.format);
 *     long n = r.get("n", Long.class);
 * }
 * }</pre>
 */
public final class Row {
    private final List<String> names;
    private final List<Field<?, ?>> fields;
    private final Object[] values;

    Row(List<Field<?, ?>> fields, Object[] values) {
        this(fields.stream().map(Field::name).toList(), fields, values);
    }

    /** {@code names} covers the fields first, then the annotations. */
    Row(List<String> names, List<Field<?, ?>> fields, Object[] values) {
        this.names = names;
        this.fields = fields;
        this.values = values;
    }

    /** The value of {@code field}, typed by the field. */
    @SuppressWarnings("unchecked")
    public <T> T get(Field<?, T> field) {
        int i = fields.indexOf(field);
        if (i < 0) {
            throw new IllegalArgumentException("field " + field + " was not selected; row has " + names);
        }
        return (T) values[i];
    }

    /** The value of the field or annotation named {@code name}. */
    public Object get(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("'" + name + "' was not selected; row has " + names);
        }
        return values[i];
    }

    /** The value named {@code name} as {@code type} ({@code get("n", Long.class)}). */
    public <T> T get(String name, Class<T> type) {
        Object v = get(name);
        if (v != null && !type.isInstance(v)) {
            throw new QueryException("'" + name + "' is a " + v.getClass().getSimpleName() + " (" + v + "), not a "
                    + type.getSimpleName());
        }
        return type.cast(v);
    }

    /** Name to value, in selection order. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            map.put(names.get(i), values[i]);
        }
        return Collections.unmodifiableMap(map);
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

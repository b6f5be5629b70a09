package dev.jango.web.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The cleaned values of a bound form, by field. Typed access goes through the field object, so a value is read as
 * the type its field produced.
 *
 * <pre>{@code
 * FormField<Integer> seats = Fields.integer("seats");
 * int n = bound.cleanedData().get(seats);
 * }</pre>
 */
public final class CleanedData {
    private final Map<String, Object> values;

    CleanedData(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The value of {@code field} ({@code null} for an empty optional field). */
    public <T> T get(FormField<T> field) {
        Object v = values.get(field.name());
        return v == null ? null : field.type().cast(v);
    }

    /** The value of {@code field} when it is present and non-null. */
    public <T> Optional<T> find(FormField<T> field) {
        return Optional.ofNullable(get(field));
    }

    /** Whether {@code name} cleaned successfully (possibly to null). */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The value by name, untyped: for generic code such as model forms. */
    public Object value(String name) {
        return values.get(name);
    }

    /** All successfully cleaned values by field name. */
    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public String toString() {
        return "CleanedData" + values;
    }
}

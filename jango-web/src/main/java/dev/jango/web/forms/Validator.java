package dev.jango.web.forms;

/**
 * A check on a field's parsed, non-empty value. Throws {@link ValidationError} to reject it.
 *
 * <pre>{@code
 * Validator<Integer> even = v -> { if (v % 2 != 0) throw new ValidationError("odd", "Enter an even number."); };
 * Fields.integer("seats").validator(even);
 * }</pre>
 *
 * @param <T> the field's value type
 */
@FunctionalInterface
public interface Validator<T> {
    void validate(T value);
}

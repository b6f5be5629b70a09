package dev.jango.db.query;

/**
 * A value cannot be stored in or compared with a field: wrong type, unparseable text, or longer than the char
 * field's max length. Raised before any SQL is sent.
 *
 * <pre>{@code InvalidValueError: Book.pages: value 'abc' is not a valid INT value}</pre>
 */
public final class InvalidValueError extends QueryException {
    private final String field;
    private final transient Object value;

    /**
     * @param field   the field, as {@code Model.field}
     * @param value   the rejected value
     * @param problem what is wrong with it
     */
    public InvalidValueError(String field, Object value, String problem) {
        super(field + ": value " + show(value) + " " + problem);
        this.field = field;
        this.value = value;
    }

    /** The field as {@code Model.field}. */
    public String field() {
        return field;
    }

    public Object value() {
        return value;
    }

    private static String show(Object value) {
        if (value instanceof byte[] bytes) {
            return "<" + bytes.length + " bytes>";
        }
        String text = String.valueOf(value);
        text = text.length() > 80 ? text.substring(0, 77) + "..." : text;
        return value instanceof String ? "'" + text + "'" : text + " (" + value.getClass().getSimpleName() + ")";
    }
}

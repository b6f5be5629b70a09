package dev.jango.web.forms;

import java.util.Objects;

/**
 * A value failed cleaning. Thrown by parsers, validators and cross-field cleaners; the form collects it under the
 * field (or as a non-field error) instead of letting it escape. {@code code} is stable ({@code required},
 * {@code max_length}, {@code invalid}, {@code unique}…) so that messages can be replaced per field.
 *
 * <pre>{@code
 * throw new ValidationError("invalid", "Enter a whole number.");
 * }</pre>
 */
public final class ValidationError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;

    public ValidationError(String code, String message) {
        super(Objects.requireNonNull(message, "message"), null, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The stable error code. */
    public String code() {
        return code;
    }
}

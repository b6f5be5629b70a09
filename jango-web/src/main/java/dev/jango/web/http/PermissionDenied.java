package dev.jango.web.http;

/**
 * Forbidden: the user may not do this. Maps to HTTP 403.
 *
 * <pre>{@code
 * throw new PermissionDenied("...what exactly was wrong...");
 * }</pre>
 */
public class PermissionDenied extends HttpException {
    private static final long serialVersionUID = 1L;

    /** With a message shown to the client. */
    public PermissionDenied(String message) {
        super(403, message);
    }

    /** With a message shown to the client and the underlying cause (shown only on the debug page). */
    public PermissionDenied(String message, Throwable cause) {
        super(403, message, cause);
    }
}

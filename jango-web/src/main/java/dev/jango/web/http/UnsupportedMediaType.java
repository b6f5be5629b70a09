package dev.jango.web.http;

/**
 * Unsupported media type: the body's content type is not accepted here. Maps to HTTP 415.
 *
 * <pre>{@code
 * throw new UnsupportedMediaType("...what exactly was wrong...");
 * }</pre>
 */
public class UnsupportedMediaType extends HttpException {
    private static final long serialVersionUID = 1L;

    /** With a message shown to the client. */
    public UnsupportedMediaType(String message) {
        super(415, message);
    }

    /** With a message shown to the client and the underlying cause (shown only on the debug page). */
    public UnsupportedMediaType(String message, Throwable cause) {
        super(415, message, cause);
    }
}

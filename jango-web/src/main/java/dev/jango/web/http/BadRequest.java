package dev.jango.web.http;

/**
 * Bad request: the request is malformed. Maps to HTTP 400.
 *
 * <pre>{@code
 * throw new BadRequest("...what exactly was wrong...");
 * }</pre>
 */
public class BadRequest extends HttpException {
    private static final long serialVersionUID = 1L;

    /** With a message shown to the client. */
    public BadRequest(String message) {
        super(400, message);
    }

    /** With a message shown to the client and the underlying cause (shown only on the debug page). */
    public BadRequest(String message, Throwable cause) {
        super(400, message, cause);
    }
}

package dev.jango.web.http;

/**
 * Payload too large: the request body exceeds the configured limit. Maps to HTTP 413.
 *
 * <pre>{@code
 * throw new PayloadTooLarge("...what exactly was wrong...");
 * }</pre>
 */
public class PayloadTooLarge extends HttpException {
    private static final long serialVersionUID = 1L;

    /** With a message shown to the client. */
    public PayloadTooLarge(String message) {
        super(413, message);
    }

    /** With a message shown to the client and the underlying cause (shown only on the debug page). */
    public PayloadTooLarge(String message, Throwable cause) {
        super(413, message, cause);
    }
}

package dev.jango.web.http;

/**
 * Not found: the page or object does not exist. Maps to HTTP 404.
 *
 * <pre>{@code
 * throw new Http404("...what exactly was wrong...");
 * }</pre>
 */
public class Http404 extends HttpException {
    private static final long serialVersionUID = 1L;

    /** With a message shown to the client. */
    public Http404(String message) {
        super(404, message);
    }

    /** With a message shown to the client and the underlying cause (shown only on the debug page). */
    public Http404(String message, Throwable cause) {
        super(404, message, cause);
    }
}

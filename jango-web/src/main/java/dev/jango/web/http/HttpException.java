package dev.jango.web.http;

/**
 * An exception that ends a request with a 4xx status. Its message is shown to the client on the error page (in
 * production too), so it must say what was wrong with the request and never leak internals.
 *
 * <pre>{@code
 * if (book == null) throw new Http404("no book with id " + id);
 * }</pre>
 */
public abstract class HttpException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    protected HttpException(int status, String message) {
        super(message);
        this.status = status;
    }

    protected HttpException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status this exception maps to. */
    public int status() {
        return status;
    }

    /** Response headers this status needs (for example {@code Allow} on 405); none by default. */
    public Headers headers() {
        return Headers.empty();
    }
}

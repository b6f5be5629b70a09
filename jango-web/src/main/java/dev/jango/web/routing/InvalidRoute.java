package dev.jango.web.routing;

/**
 * A route definition that cannot work: a malformed pattern, an unknown converter, a duplicate. Raised while the
 * router is built (at start-up), never while serving; the message names the pattern.
 *
 * <pre>{@code
 * Router.of(Routes.path("books/<integer:id>/", view));
 * // InvalidRoute: unknown converter 'integer' in pattern 'books/<integer:id>/'; known: int, long, path, slug, str, uuid
 * }</pre>
 */
public class InvalidRoute extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** With a message naming the pattern. */
    public InvalidRoute(String message) {
        super(message);
    }
}

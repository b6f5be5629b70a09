package dev.jango.web.routing;

/**
 * {@link Router#reverse} found no route for the name, or none that accepts the arguments. The message names the
 * route, the arguments given and what each candidate pattern expects.
 *
 * <pre>{@code
 * router.reverse("book-detail", "abc");
 * // NoReverseMatch: reverse for 'book-detail' with arguments [abc] not found; tried: books/<int:id>/ (expects id:int)
 * }</pre>
 */
public class NoReverseMatch extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** With a message naming route and arguments. */
    public NoReverseMatch(String message) {
        super(message);
    }
}

package dev.jango.db.query;

/**
 * An expression that cannot work as written, found before any SQL is sent: an annotation name clashing with a
 * field, SUM/AVG of a non-numeric field, an OuterRef outside a subquery, a window function in a filter, a cast to
 * an unsupported kind. The message names the model and field involved.
 *
 * <pre>{@code
 * Book.objects.annotate("total", Sum.of(BOOK.title));
 * // ExpressionError: SUM needs a numeric field, but Book.title is CHAR
 * }</pre>
 */
public final class ExpressionError extends QueryException {
    public ExpressionError(String message) {
        super(message);
    }
}

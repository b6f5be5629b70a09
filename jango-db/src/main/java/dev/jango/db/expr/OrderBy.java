package dev.jango.db.expr;

/**
 * One ORDER BY item. Backends without {@code NULLS FIRST/LAST} (MariaDB) get an {@code x IS NULL} sort key
 * first, so the result order is the same everywhere.
 *
 * <pre>{@code BOOK.published.desc().nullsLast()}</pre>
 *
 * @param expression the sort expression
 * @param ascending  ascending or descending
 * @param nulls      where NULLs go
 */
public record OrderBy(Expression expression, boolean ascending, Nulls nulls) {
    /** NULL placement; DEFAULT leaves it to the backend. */
    public enum Nulls {
        DEFAULT, FIRST, LAST
    }

    public OrderBy nullsFirst() {
        return new OrderBy(expression, ascending, Nulls.FIRST);
    }

    public OrderBy nullsLast() {
        return new OrderBy(expression, ascending, Nulls.LAST);
    }

    /** The opposite direction; explicit null placement flips too, as Django's {@code reverse()} does. */
    public OrderBy reversed() {
        Nulls flipped = switch (nulls) {
            case DEFAULT -> Nulls.DEFAULT;
            case FIRST -> Nulls.LAST;
            case LAST -> Nulls.FIRST;
        };
        return new OrderBy(expression, !ascending, flipped);
    }

    public void render(SqlWriter w) {
        w.dialect().renderOrderBy(w, this);
    }

    public void shape(StringBuilder key) {
        expression.shape(key);
        key.append(ascending ? "ASC" : "DESC").append(nulls.name());
    }
}

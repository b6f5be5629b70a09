package dev.jango.db.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * A node of the where-tree: a lookup ({@link Compare}, {@link TextMatch}, {@link In}, …) or a combination of
 * conditions. Immutable; {@link #and}, {@link #or} and {@link #not} build new trees.
 *
 * <pre>{@code
 * BOOK.title.startsWith("A").and(BOOK.price.lt(new BigDecimal("20")).or(BOOK.pages.isNull(true)))
 * // "book"."title" LIKE ? ESCAPE '\' AND ("book"."price" < ? OR "book"."pages" IS NULL)
 * }</pre>
 */
public sealed interface Condition
        permits Junction, Not, Compare, TextMatch, In, InQuery, Range, IsNull, Regex, Constant, Exists {

    /** Renders this condition; values become placeholders. */
    void render(SqlWriter w);

    /** Appends the shape: everything that decides the SQL text, never the bound values. */
    void shape(StringBuilder key);

    default Condition and(Condition other) {
        return Junction.of(true, List.of(this, other));
    }

    default Condition or(Condition other) {
        return Junction.of(false, List.of(this, other));
    }

    default Condition not() {
        return Not.of(this);
    }

    /** All of {@code conditions} (an empty list is always true). */
    static Condition all(List<Condition> conditions) {
        return conditions.isEmpty() ? Constant.TRUE : Junction.of(true, new ArrayList<>(conditions));
    }

    /** Any of {@code conditions} (an empty list is always false). */
    static Condition any(List<Condition> conditions) {
        return conditions.isEmpty() ? Constant.FALSE : Junction.of(false, new ArrayList<>(conditions));
    }
}

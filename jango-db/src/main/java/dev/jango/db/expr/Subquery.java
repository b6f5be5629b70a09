package dev.jango.db.expr;

import dev.jango.db.meta.FieldKind;

/**
 * A scalar subquery, {@code (SELECT one column … )}, as a value (typically correlated through {@link OuterRef}
 * and sliced to one row).
 *
 * <pre>{@code
 * Book.objects.annotate("lastStars", Subquery.of(Review.objects.filter(REVIEW.bookId.eq(OuterRef.of("id")))
 *         .orderBy(REVIEW.id.desc()).limit(1).valuesList(REVIEW.stars)));
 * }</pre>
 *
 * @param query the one-column SELECT
 * @param kind  the kind of its column
 */
public record Subquery(SubQuery query, FieldKind kind) implements Expression {
    /** The subquery of a one-column values query. */
    public static Subquery of(SubQuery.Source source) {
        SubQuery q = source.asSubQuery();
        return new Subquery(q, q.kind());
    }

    @Override
    public void render(SqlWriter w) {
        w.sql("(");
        query.render(w);
        w.sql(")");
    }

    @Override
    public void shape(StringBuilder key) {
        key.append("SUBQ(");
        query.shape(key);
        key.append(')');
    }
}

package dev.jango.db.expr;

import dev.jango.db.meta.FieldKind;

/**
 * {@code EXISTS (SELECT …)}: a condition for filter and a boolean value for annotate.
 *
 * <pre>{@code
 * Book.objects.filter(Exists.of(Review.objects.filter(REVIEW.bookId.eq(OuterRef.of("id")), REVIEW.stars.gte(4))));
 * }</pre>
 *
 * @param query the SELECT tested for rows
 */
public record Exists(SubQuery query) implements Condition, Expression {
    public static Exists of(SubQuery.Source source) {
        return new Exists(source.asSubQuery());
    }

    @Override
    public FieldKind kind() {
        return FieldKind.BOOLEAN;
    }

    @Override
    public void render(SqlWriter w) {
        w.sql("EXISTS (");
        query.render(w);
        w.sql(")");
    }

    @Override
    public void shape(StringBuilder key) {
        key.append("EXISTS(");
        query.shape(key);
        key.append(')');
    }

    @Override
    public Condition not() {
        return new Not(this);
    }
}

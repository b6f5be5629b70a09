package dev.jango.db.expr;

import dev.jango.db.meta.FieldKind;
import dev.jango.db.query.ExpressionError;

/**
 * A field of the enclosing query, used inside a {@link Subquery} or {@link Exists} to correlate it (Django's
 * {@code OuterRef}). It is replaced by the outer model's field when the subquery is attached to the outer
 * QuerySet; one left over (used outside any subquery) fails before SQL is sent.
 *
 * <pre>{@code Review.objects.filter(REVIEW.bookId.eq(OuterRef.of("id")))}</pre>
 *
 * @param name the outer model's field name
 */
public record OuterRef(String name) implements Expression {
    public static OuterRef of(String name) {
        return new OuterRef(name);
    }

    @Override
    public FieldKind kind() {
        throw outside();
    }

    @Override
    public void render(SqlWriter w) {
        throw outside();
    }

    @Override
    public void shape(StringBuilder key) {
        throw outside();
    }

    private ExpressionError outside() {
        return new ExpressionError("OuterRef(\"" + name + "\") is only valid inside a Subquery or Exists that is"
                + " used by an outer QuerySet");
    }
}

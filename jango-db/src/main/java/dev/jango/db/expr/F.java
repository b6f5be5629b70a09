package dev.jango.db.expr;

import dev.jango.db.meta.Field;

/**
 * Column references for expressions, Django's {@code F()}: by typed field or by name (resolved against the
 * QuerySet's model, so an unknown name fails before SQL is built).
 *
 * <pre>{@code
 * Book.objects.filter(BOOK.pages.gt(F.of(BOOK.chapters).times(10)));
 * Book.objects.all().update(BOOK.price.to(F.of("price").times(new BigDecimal("1.1"))));
 * }</pre>
 */
public final class F {
    private F() {
    }

    /** A reference to a typed field. */
    public static Expression of(Field<?, ?> field) {
        return new FieldRef(field);
    }

    /** A reference by field name, resolved when the QuerySet compiles. */
    public static Expression of(String name) {
        return new PathRef(name);
    }

    /** A bound literal of the given field's kind (handy as the left operand of arithmetic). */
    public static Expression value(Object value, Field<?, ?> like) {
        return new Value(Values.check(like, value), like.kind());
    }
}

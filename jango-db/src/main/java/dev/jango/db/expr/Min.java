package dev.jango.db.expr;

import dev.jango.db.meta.Field;

/** The smallest value: {@code Min.of(BOOK.published)}. */
public final class Min {
    private Min() {
    }

    /** {@code MIN(field)}. */
    public static Aggregate of(Field<?, ?> field) {
        return Aggregate.of(Aggregate.Function.MIN, new FieldRef(field));
    }

    /** {@code MIN(expression)}; a field name is resolved against the QuerySet's model. */
    public static Aggregate of(Expression expression) {
        return Aggregate.of(Aggregate.Function.MIN, expression);
    }

    /** {@code MIN(name)}, the field resolved against the QuerySet's model. */
    public static Aggregate of(String fieldName) {
        return Aggregate.of(Aggregate.Function.MIN, new PathRef(fieldName));
    }
}

package dev.jango.db.expr;

import dev.jango.db.meta.Field;

/** Sums a numeric field: {@code Sum.of(BOOK.pages).filter(BOOK.price.gt(10))}. NULL when no row counts. */
public final class Sum {
    private Sum() {
    }

    /** {@code SUM(field)}. */
    public static Aggregate of(Field<?, ?> field) {
        return Aggregate.of(Aggregate.Function.SUM, new FieldRef(field));
    }

    /** {@code SUM(expression)}; a field name is resolved against the QuerySet's model. */
    public static Aggregate of(Expression expression) {
        return Aggregate.of(Aggregate.Function.SUM, expression);
    }

    /** {@code SUM(name)}, the field resolved against the QuerySet's model. */
    public static Aggregate of(String fieldName) {
        return Aggregate.of(Aggregate.Function.SUM, new PathRef(fieldName));
    }
}

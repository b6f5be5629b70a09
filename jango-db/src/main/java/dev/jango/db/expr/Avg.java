package dev.jango.db.expr;

import dev.jango.db.meta.Field;

/** Averages a numeric field (decimal for decimals, double otherwise): {@code Avg.of(BOOK.price)}. */
public final class Avg {
    private Avg() {
    }

    /** {@code AVG(field)}. */
    public static Aggregate of(Field<?, ?> field) {
        return Aggregate.of(Aggregate.Function.AVG, new FieldRef(field));
    }

    /** {@code AVG(expression)}; a field name is resolved against the QuerySet's model. */
    public static Aggregate of(Expression expression) {
        return Aggregate.of(Aggregate.Function.AVG, expression);
    }

    /** {@code AVG(name)}, the field resolved against the QuerySet's model. */
    public static Aggregate of(String fieldName) {
        return Aggregate.of(Aggregate.Function.AVG, new PathRef(fieldName));
    }
}

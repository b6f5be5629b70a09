package dev.jango.db.expr;

import dev.jango.db.meta.Field;

/** Counts rows ({@code Count.all()}) or non-null values ({@code Count.of(BOOK.price).distinct()}). */
public final class Count {
    private Count() {
    }

    /** {@code COUNT(*)}. */
    public static Aggregate all() {
        return new Aggregate(Aggregate.Function.COUNT, null, false, null);
    }

    /** {@code COUNT(field)}. */
    public static Aggregate of(Field<?, ?> field) {
        return Aggregate.of(Aggregate.Function.COUNT, new FieldRef(field));
    }

    /** {@code COUNT(expression)}; a field name is resolved against the QuerySet's model. */
    public static Aggregate of(Expression expression) {
        return Aggregate.of(Aggregate.Function.COUNT, expression);
    }

    /** {@code COUNT(name)}, the field resolved against the QuerySet's model. */
    public static Aggregate of(String fieldName) {
        return Aggregate.of(Aggregate.Function.COUNT, new PathRef(fieldName));
    }
}

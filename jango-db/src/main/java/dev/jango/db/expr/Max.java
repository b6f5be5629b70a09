package dev.jango.db.expr;

import dev.jango.db.meta.Field;

/** The largest value: {@code Max.of(BOOK.pages)}. */
public final class Max {
    private Max() {
    }

    /** {@code MAX(field)}. */
    public static Aggregate of(Field<?, ?> field) {
        return Aggregate.of(Aggregate.Function.MAX, new FieldRef(field));
    }

    /** {@code MAX(expression)}; a field name is resolved against the QuerySet's model. */
    public static Aggregate of(Expression expression) {
        return Aggregate.of(Aggregate.Function.MAX, expression);
    }

    /** {@code MAX(name)}, the field resolved against the QuerySet's model. */
    public static Aggregate of(String fieldName) {
        return Aggregate.of(Aggregate.Function.MAX, new PathRef(fieldName));
    }
}

package dev.jango.db.meta;

import dev.jango.db.expr.Expression;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** A numeric field: comparable, and usable in arithmetic expressions. */
public abstract class NumberField<M, T extends Number> extends ComparableField<M, T> {
    protected NumberField(FieldSpec spec, Function<M, T> getter, BiConsumer<M, T> setter) {
        super(spec, getter, setter);
    }

    /** {@code field + other} (a number or an expression). */
    public final Expression plus(Object other) {
        return ref().plus(other);
    }

    /** {@code field - other}. */
    public final Expression minus(Object other) {
        return ref().minus(other);
    }

    /** {@code field * other}. */
    public final Expression times(Object other) {
        return ref().times(other);
    }

    /** {@code field / other} (integer division on integer columns, as the database does it). */
    public final Expression div(Object other) {
        return ref().div(other);
    }
}

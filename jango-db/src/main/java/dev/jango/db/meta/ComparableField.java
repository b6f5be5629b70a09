package dev.jango.db.meta;

import dev.jango.db.expr.Condition;
import dev.jango.db.expr.Expression;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** A field whose values are ordered, so range lookups ({@code gt}, {@code lte}, {@code range}) apply. */
public abstract class ComparableField<M, T> extends Field<M, T> {
    protected ComparableField(FieldSpec spec, Function<M, T> getter, BiConsumer<M, T> setter) {
        super(spec, getter, setter);
    }

    /** {@code gt}: {@code > value}. */
    public final Condition gt(T value) {
        return ref().gt(value);
    }

    /** {@code gt} against an expression ({@code BOOK.pages.gt(F.of(BOOK.chapters).times(10))}). */
    public final Condition gt(Expression value) {
        return ref().gt(value);
    }

    /** {@code gte}: {@code >= value}. */
    public final Condition gte(T value) {
        return ref().gte(value);
    }

    public final Condition gte(Expression value) {
        return ref().gte(value);
    }

    /** {@code lt}: {@code < value}. */
    public final Condition lt(T value) {
        return ref().lt(value);
    }

    public final Condition lt(Expression value) {
        return ref().lt(value);
    }

    /** {@code lte}: {@code <= value}. */
    public final Condition lte(T value) {
        return ref().lte(value);
    }

    public final Condition lte(Expression value) {
        return ref().lte(value);
    }

    /** {@code range}: {@code BETWEEN low AND high}, both included. */
    public final Condition range(T low, T high) {
        return ref().range(low, high);
    }
}

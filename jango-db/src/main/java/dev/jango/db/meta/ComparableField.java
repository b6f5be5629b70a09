package dev.jango.db.meta;

import java.util.function.BiConsumer;
import java.util.function.Function;

/** A field whose values are ordered, so range lookups ({@code gt}, {@code lte}, {@code range}) apply. */
public abstract class ComparableField<M, T> extends Field<M, T> {
    protected ComparableField(FieldSpec spec, Function<M, T> getter, BiConsumer<M, T> setter) {
        super(spec, getter, setter);
    }
}

package dev.jango.db.meta;

import java.util.function.BiConsumer;
import java.util.function.Function;

/** A numeric field: comparable, and usable in arithmetic expressions. */
public abstract class NumberField<M, T extends Number> extends ComparableField<M, T> {
    protected NumberField(FieldSpec spec, Function<M, T> getter, BiConsumer<M, T> setter) {
        super(spec, getter, setter);
    }
}

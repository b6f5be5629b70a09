package dev.jango.db.meta;

import java.util.function.BiConsumer;
import java.util.function.Function;

/** A date, date-time or time field: comparable, with date-part lookups ({@code year}, {@code hour}, …). */
public abstract class TemporalField<M, T> extends ComparableField<M, T> {
    protected TemporalField(FieldSpec spec, Function<M, T> getter, BiConsumer<M, T> setter) {
        super(spec, getter, setter);
    }
}

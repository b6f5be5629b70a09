package dev.jango.db.meta;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** A calendar date. */
public final class DateField<M> extends TemporalField<M, java.time.LocalDate> {
    public DateField(FieldSpec spec, Function<M, java.time.LocalDate> getter, BiConsumer<M, java.time.LocalDate> setter) {
        super(spec, getter, setter);
    }

    @Override
    public java.time.LocalDate read(ResultSet rs, int column, ValueReader reader) throws SQLException {
        return reader.readDate(rs, column);
    }
}

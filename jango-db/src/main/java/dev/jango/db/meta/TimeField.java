package dev.jango.db.meta;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** A time of day. */
public final class TimeField<M> extends TemporalField<M, java.time.LocalTime> {
    public TimeField(FieldSpec spec, Function<M, java.time.LocalTime> getter, BiConsumer<M, java.time.LocalTime> setter) {
        super(spec, getter, setter);
    }

    @Override
    public java.time.LocalTime read(ResultSet rs, int column, ValueReader reader) throws SQLException {
        return reader.readTime(rs, column);
    }
}

package dev.jango.db.meta;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** A moment in time, stored as UTC. */
public final class DateTimeField<M> extends TemporalField<M, java.time.Instant> {
    public DateTimeField(FieldSpec spec, Function<M, java.time.Instant> getter, BiConsumer<M, java.time.Instant> setter) {
        super(spec, getter, setter);
    }

    @Override
    public java.time.Instant read(ResultSet rs, int column, ValueReader reader) throws SQLException {
        return reader.readInstant(rs, column);
    }
}

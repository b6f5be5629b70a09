package dev.jango.db.meta;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** A duration, stored as microseconds. */
public final class DurationField<M> extends ComparableField<M, java.time.Duration> {
    public DurationField(FieldSpec spec, Function<M, java.time.Duration> getter, BiConsumer<M, java.time.Duration> setter) {
        super(spec, getter, setter);
    }

    @Override
    public java.time.Duration read(ResultSet rs, int column, ValueReader reader) throws SQLException {
        return reader.readDuration(rs, column);
    }
}

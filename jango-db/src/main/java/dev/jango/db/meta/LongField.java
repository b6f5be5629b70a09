package dev.jango.db.meta;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** A {@code long} field, including the big auto-increment primary key. */
public final class LongField<M> extends NumberField<M, Long> {
    public LongField(FieldSpec spec, Function<M, Long> getter, BiConsumer<M, Long> setter) {
        super(spec, getter, setter);
    }

    @Override
    public Long read(ResultSet rs, int column, ValueReader reader) throws SQLException {
        return spec().nullable() ? reader.readLongOrNull(rs, column) : Long.valueOf(reader.readLong(rs, column));
    }
}

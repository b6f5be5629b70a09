package dev.jango.db.meta;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** An {@code int} field, including the auto-increment primary key. */
public final class IntField<M> extends NumberField<M, Integer> {
    public IntField(FieldSpec spec, Function<M, Integer> getter, BiConsumer<M, Integer> setter) {
        super(spec, getter, setter);
    }

    @Override
    public Integer read(ResultSet rs, int column, ValueReader reader) throws SQLException {
        return spec().nullable() ? reader.readIntOrNull(rs, column) : Integer.valueOf(reader.readInt(rs, column));
    }
}

package dev.jango.db.meta;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Raw bytes. */
public final class BinaryField<M> extends Field<M, byte[]> {
    public BinaryField(FieldSpec spec, Function<M, byte[]> getter, BiConsumer<M, byte[]> setter) {
        super(spec, getter, setter);
    }

    @Override
    public byte[] read(ResultSet rs, int column, ValueReader reader) throws SQLException {
        return reader.readBytes(rs, column);
    }
}

package dev.jango.db.meta;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** A UUID. */
public final class UuidField<M> extends Field<M, java.util.UUID> {
    public UuidField(FieldSpec spec, Function<M, java.util.UUID> getter, BiConsumer<M, java.util.UUID> setter) {
        super(spec, getter, setter);
    }

    @Override
    public java.util.UUID read(ResultSet rs, int column, ValueReader reader) throws SQLException {
        return reader.readUuid(rs, column);
    }
}

package dev.jango.db.meta;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** A boolean field. */
public final class BooleanField<M> extends Field<M, Boolean> {
    public BooleanField(FieldSpec spec, Function<M, Boolean> getter, BiConsumer<M, Boolean> setter) {
        super(spec, getter, setter);
    }

    @Override
    public Boolean read(ResultSet rs, int column, ValueReader reader) throws SQLException {
        return spec().nullable() ? reader.readBooleanOrNull(rs, column) : reader.readBoolean(rs, column);
    }
}

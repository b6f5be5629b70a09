package dev.jango.db.meta;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** A double-precision floating-point field. */
public final class DoubleField<M> extends NumberField<M, Double> {
    public DoubleField(FieldSpec spec, Function<M, Double> getter, BiConsumer<M, Double> setter) {
        super(spec, getter, setter);
    }

    @Override
    public Double read(ResultSet rs, int column, ValueReader reader) throws SQLException {
        return spec().nullable() ? reader.readDoubleOrNull(rs, column) : Double.valueOf(reader.readDouble(rs, column));
    }
}

package dev.jango.db.meta;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** A fixed-point decimal field. */
public final class DecimalField<M> extends NumberField<M, java.math.BigDecimal> {
    public DecimalField(FieldSpec spec, Function<M, java.math.BigDecimal> getter, BiConsumer<M, java.math.BigDecimal> setter) {
        super(spec, getter, setter);
    }

    @Override
    public java.math.BigDecimal read(ResultSet rs, int column, ValueReader reader) throws SQLException {
        return reader.readDecimal(rs, column);
    }
}

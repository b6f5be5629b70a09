package dev.jango.db.meta;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** A JSON document held as text. */
public final class JsonField<M> extends Field<M, String> {
    public JsonField(FieldSpec spec, Function<M, String> getter, BiConsumer<M, String> setter) {
        super(spec, getter, setter);
    }

    @Override
    public String read(ResultSet rs, int column, ValueReader reader) throws SQLException {
        return reader.readJson(rs, column);
    }
}

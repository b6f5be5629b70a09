package dev.jango.db.meta;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** A char or text field, with the string lookups. */
public final class StringField<M> extends ComparableField<M, String> {
    public StringField(FieldSpec spec, Function<M, String> getter, BiConsumer<M, String> setter) {
        super(spec, getter, setter);
    }

    @Override
    public String read(ResultSet rs, int column, ValueReader reader) throws SQLException {
        return reader.readString(rs, column);
    }
}

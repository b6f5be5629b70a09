package dev.jango.db.deletion;

import dev.jango.db.meta.ForeignKeyField;
import dev.jango.db.meta.Field;
import java.util.List;

/**
 * A SET_NULL / SET_DEFAULT of a collection: {@code UPDATE <fk's model> SET fk = value WHERE <where> IN values}.
 * {@code where} is the key itself (values: the deleted parents' keys), or the primary key when a write hook must
 * be told which rows changed.
 */
record FieldUpdate(ForeignKeyField<?, ?> fk, Object value, Field<?, ?> where, List<Object> values) {
    FieldUpdate {
        values = List.copyOf(values);
    }
}

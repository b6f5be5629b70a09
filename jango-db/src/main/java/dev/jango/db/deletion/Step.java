package dev.jango.db.deletion;

import dev.jango.db.meta.Field;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.model.Entity;
import java.util.List;

/**
 * One DELETE of a collection: the rows of {@code model} whose {@code where} column is in {@code values}. For
 * {@link Kind#ROOT} and {@link Kind#CASCADE} steps {@code where} is the primary key and {@code values} the
 * collected keys; a {@link Kind#FAST} step deletes by the foreign key, with the parent keys as values.
 *
 * @param index     discovery order (a step found later is deleted earlier, unless an edge says otherwise)
 * @param kind      how the rows were reached
 * @param model     the model deleted from
 * @param where     the column the IN list filters on
 * @param values    the IN list
 * @param instances the loaded rows, for signals (empty when nobody listens)
 */
record Step(int index, Kind kind, ModelMeta<?> model, Field<?, ?> where, List<Object> values,
            List<? extends Entity> instances) {
    Step {
        values = List.copyOf(values);
        instances = List.copyOf(instances);
    }

    /** How a step's rows were reached. */
    enum Kind {
        /** The rows the caller deletes. */
        ROOT,
        /** Rows reached through a CASCADE key, by primary key. */
        CASCADE,
        /** Rows reached through a CASCADE key, deleted by that key without reading them. */
        FAST
    }
}

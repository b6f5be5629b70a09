package dev.jango.db.bulk;

import dev.jango.db.meta.Field;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.model.Entity;
import java.util.List;
import java.util.Set;

/**
 * What the write paths change on instances (the key, the persisted mark), remembered so that a rolled-back
 * write can put them back: after a failed bulkCreate no object claims a row that was never committed.
 * Framework use.
 *
 * <pre>{@code
 * InstanceStates saved = InstanceStates.of(BOOK, books);
 * try { … } catch (RuntimeException e) { saved.restore(); throw e; }
 * }</pre>
 */
public final class InstanceStates {
    private final Field<?, ?> pk;
    private final Entity[] objects;
    private final Object[] keys;
    /** The row each object mirrored, or null for an object that was new (the common case of bulkCreate). */
    private final Row[] rows;

    private record Row(String alias, Set<String> deferred) {
    }

    private InstanceStates(Field<?, ?> pk, Entity[] objects, Object[] keys, Row[] rows) {
        this.pk = pk;
        this.objects = objects;
        this.keys = keys;
        this.rows = rows;
    }

    /** Remembers the key and persisted state of each of {@code objects}. */
    public static <M extends Entity> InstanceStates of(ModelMeta<M> model, List<M> objects) {
        Field<M, ?> pk = model.pk();
        Entity[] copy = objects.toArray(new Entity[0]);
        Object[] keys = new Object[copy.length];
        Row[] rows = new Row[copy.length];
        for (int i = 0; i < keys.length; i++) {
            @SuppressWarnings("unchecked")
            M o = (M) copy[i];
            if (o == null) {
                continue;   // rejected by the write itself, with its index
            }
            keys[i] = pk.get(o);
            if (o.isPersisted()) {
                rows[i] = new Row(o.databaseAlias().orElse(null), o.deferredFields());
            }
        }
        return new InstanceStates(pk, copy, keys, rows);
    }

    /** Puts every remembered instance back as it was. */
    public void restore() {
        for (int i = 0; i < keys.length; i++) {
            if (objects[i] != null) {
                restore(pk, objects[i], keys[i], rows[i]);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <M, T> void restore(Field<M, T> pk, Entity o, Object key, Row row) {
        pk.set((M) o, (T) key);
        if (row != null) {
            o.markPersisted(row.alias(), row.deferred());
        } else {
            o.markDeleted();
        }
    }
}

package dev.jango.db.bulk;

import dev.jango.db.meta.Field;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.model.Entity;
import java.util.ArrayList;
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
    private final List<Runnable> restores;

    private InstanceStates(List<Runnable> restores) {
        this.restores = restores;
    }

    /** Remembers the key and persisted state of each of {@code objects}. */
    public static <M extends Entity> InstanceStates of(ModelMeta<M> model, List<M> objects) {
        List<Runnable> restores = new ArrayList<>(objects.size());
        for (M o : objects) {
            restores.add(restorer(model.pk(), o));
        }
        return new InstanceStates(restores);
    }

    private static <M extends Entity, T> Runnable restorer(Field<M, T> pk, M o) {
        T key = pk.get(o);
        boolean persisted = o.isPersisted();
        String alias = o.databaseAlias().orElse(null);
        Set<String> deferred = o.deferredFields();
        return () -> {
            pk.set(o, key);
            if (persisted) {
                o.markPersisted(alias, deferred);
            } else {
                o.markDeleted();
            }
        };
    }

    /** Puts every remembered instance back as it was. */
    public void restore() {
        restores.forEach(Runnable::run);
    }
}

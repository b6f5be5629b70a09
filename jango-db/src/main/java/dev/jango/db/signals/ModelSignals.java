package dev.jango.db.signals;

import java.util.ArrayList;
import java.util.List;

/**
 * The receivers registered for one model (model-specific ones after the ones for every model). Immutable.
 *
 * <pre>{@code Signals.current().of(Book.class).postSave()}</pre>
 */
public record ModelSignals(List<SaveListener<Object>> preSave, List<SaveListener<Object>> postSave,
                           List<DeleteListener<Object>> preDelete, List<DeleteListener<Object>> postDelete,
                           List<BulkListener<Object>> bulkCreated, List<BulkListener<Object>> bulkUpdated,
                           List<BulkListener<Object>> bulkDeleted, List<M2mListener> m2mChanged,
                           List<WriteHook<Object>> hooks) {
    static final ModelSignals NONE = new ModelSignals(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of());

    public ModelSignals {
        preSave = List.copyOf(preSave);
        postSave = List.copyOf(postSave);
        preDelete = List.copyOf(preDelete);
        postDelete = List.copyOf(postDelete);
        bulkCreated = List.copyOf(bulkCreated);
        bulkUpdated = List.copyOf(bulkUpdated);
        bulkDeleted = List.copyOf(bulkDeleted);
        m2mChanged = List.copyOf(m2mChanged);
        hooks = List.copyOf(hooks);
    }

    /** Receives an m2mChanged signal. */
    @FunctionalInterface
    public interface M2mListener {
        void changed(M2mChange<?> change);
    }

    /** True when nothing listens: writes then skip the extra transaction the door would open. */
    public boolean isEmpty() {
        return this.equals(NONE);
    }

    /** This followed by {@code more}: receivers for every model run before the model's own. */
    ModelSignals then(ModelSignals more) {
        return new ModelSignals(join(preSave, more.preSave), join(postSave, more.postSave),
                join(preDelete, more.preDelete), join(postDelete, more.postDelete),
                join(bulkCreated, more.bulkCreated), join(bulkUpdated, more.bulkUpdated),
                join(bulkDeleted, more.bulkDeleted), join(m2mChanged, more.m2mChanged), join(hooks, more.hooks));
    }

    private static <T> List<T> join(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

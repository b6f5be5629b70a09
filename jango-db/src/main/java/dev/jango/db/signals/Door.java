package dev.jango.db.signals;

import dev.jango.db.bulk.InstanceStates;
import dev.jango.db.connection.Database;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.model.Entity;
import dev.jango.db.query.QuerySet;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The one door: the Manager and QuerySet run each write through here, which sends the signals and calls the
 * write hooks inside the write's transaction. With no receivers for the model the write runs as it is, without
 * an extra transaction. Framework use.
 *
 * <pre>{@code
 * Door.save(db, BOOK, book, () -> InstanceWriter.insert(db, BOOK, book) ? Operation.INSERT : …);
 * }</pre>
 */
public final class Door {
    private Door() {
    }

    /**
     * Saves one instance: preSave, {@code write} (answering INSERT or UPDATE), postSave, hooks — in one atomic
     * block when anything listens.
     */
    public static <M extends Entity> M save(Database db, ModelMeta<M> model, M instance, boolean creating,
                                            Supplier<Operation> write) {
        ModelSignals s = Signals.current().of(model.modelClass());
        if (s.isEmpty()) {
            write.get();
            return instance;
        }
        return restoring(model, List.of(instance), () -> db.atomic(() -> {
            for (SaveListener<Object> l : s.preSave()) {
                l.saved(cast(model), instance, creating);
            }
            Operation op = write.get();
            for (SaveListener<Object> l : s.postSave()) {
                l.saved(cast(model), instance, op == Operation.INSERT);
            }
            hooks(s, new Write<>(op, model, db, List.of(instance), null, 1));
            return instance;
        }));
    }

    /**
     * Runs a bulk write ({@code BULK_*} or {@code QUERY_*}) in one atomic block, then its bulk signal and the
     * hooks, with the row count {@code write} returns.
     */
    public static <M extends Entity, R> R bulk(Database db, ModelMeta<M> model, Operation op, List<M> objects,
                                               QuerySet<?> query, Supplier<R> write, ToLongFunction<R> rows) {
        ModelSignals s = Signals.current().of(model.modelClass());
        if (s.isEmpty() && op.ordinal() >= Operation.QUERY_UPDATE.ordinal()) {
            return write.get();   // a single statement is atomic by itself
        }
        return restoring(model, objects, () -> db.atomic(() -> {
            R result = write.get();
            if (!s.isEmpty()) {
                Write<M> w = new Write<>(op, model, db, objects, query, rows.applyAsLong(result));
                List<BulkListener<Object>> listeners = switch (op) {
                    case BULK_CREATE -> s.bulkCreated();
                    case BULK_UPDATE, QUERY_UPDATE -> s.bulkUpdated();
                    case QUERY_DELETE -> s.bulkDeleted();
                    default -> throw new IllegalArgumentException(op + " is not a bulk operation");
                };
                for (BulkListener<Object> l : listeners) {
                    l.bulk(cast(w));
                }
                hooks(s, w);
            }
            return result;
        }));
    }

    /** Runs {@code body}; if it throws, the instances get back the key and state they had before. */
    private static <M extends Entity, R> R restoring(ModelMeta<M> model, List<M> objects, Supplier<R> body) {
        InstanceStates before = InstanceStates.of(model, objects);
        try {
            return body.get();
        } catch (RuntimeException | Error e) {
            before.restore();
            throw e;
        }
    }

    private static void hooks(ModelSignals s, Write<?> w) {
        for (WriteHook<Object> h : s.hooks()) {
            h.written(cast(w));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }
}

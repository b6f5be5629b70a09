package dev.jango.db.deletion;

import dev.jango.db.bulk.InstanceStates;
import dev.jango.db.connection.Database;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.model.Entity;
import dev.jango.db.query.ProtectedError;
import dev.jango.db.query.QuerySet;
import dev.jango.db.query.RestrictedError;
import dev.jango.db.signals.ModelSignals;
import dev.jango.db.signals.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Deletes rows the way their foreign keys ask (ADR 0111): the rows pointing at a deleted row are followed by
 * their key's on-delete rule — CASCADE collects them (recursively), PROTECT refuses, RESTRICT refuses unless a
 * cascade of the same delete removes the restricting rows, SET_NULL / SET_DEFAULT update them, DO_NOTHING leaves
 * them to the database. Every collected row gets preDelete / postDelete when someone listens, the deletes run
 * children first, and all of it is one atomic block. Called by {@code Manager.delete} and {@code QuerySet.delete};
 * application code calls those.
 *
 * <pre>{@code
 * DeleteResult r = Author.objects.delete(leGuin);   // SELECT the books, DELETE book links, books, then the author
 * r.total();                                         // 6
 * r.perModel();                                      // {BookTag=3, Book=2, Author=1}
 * }</pre>
 */
public final class Collector {
    private Collector() {
    }

    /**
     * Deletes one saved instance and what its foreign keys drag along; the instance (and every loaded cascaded
     * row) is new again afterwards.
     *
     * @throws IllegalStateException if the instance has no primary key (it was never saved)
     * @throws ProtectedError        if a PROTECT key points at a collected row (nothing is deleted)
     * @throws RestrictedError       if a RESTRICT key does and no cascade removes the restricting row
     */
    public static <M extends Entity> DeleteResult delete(Database db, ModelMeta<M> model, M instance) {
        Objects.requireNonNull(instance, "instance");
        Object key = keyOf(model, instance);
        if (key == null) {
            throw new IllegalStateException("cannot delete this " + model.name() + ": " + model.pk()
                    + " is not set, so it was never saved");
        }
        ModelSignals s = Rules.signals(model);
        if (!Rules.hasActions(model) && s.isEmpty()) {
            Rows rows = new Rows(db);   // one statement, atomic by itself
            int n = rows.delete(model.pk(), List.of(key));
            instance.markDeleted();
            return DeleteResult.of(model, n);
        }
        InstanceStates before = InstanceStates.of(model, List.of(instance));
        try {
            return db.atomic(() -> collectAndRun(db, model, List.of(key), List.of(instance),
                    new DeleteRun(new Rows(db), Operation.DELETE, null)));
        } catch (RuntimeException | Error e) {
            before.restore();   // rolled back: the instance still has its row
            throw e;
        }
    }

    /**
     * Deletes the rows of {@code rows} and what their foreign keys drag along, in one atomic block on {@code db}
     * (the QuerySet's write database). Reads the rows' keys first — whole instances when the model has
     * preDelete / postDelete receivers. bulkDeleted and the {@code QUERY_DELETE} write hook see the QuerySet.
     *
     * @throws ProtectedError  if a PROTECT key points at a collected row (nothing is deleted)
     * @throws RestrictedError if a RESTRICT key does and no cascade removes the restricting row
     */
    public static <M extends Entity> DeleteResult delete(Database db, QuerySet<M> rows) {
        ModelMeta<M> model = rows.model();
        QuerySet<M> source = rows.using(db.alias());
        ModelSignals s = Rules.signals(model);
        boolean load = !s.preDelete().isEmpty() || !s.postDelete().isEmpty();
        return db.atomic(() -> {
            List<M> instances = load ? source.list() : List.of();
            List<Object> keys = new ArrayList<>();
            if (load) {
                instances.forEach(i -> keys.add(keyOf(model, i)));
            } else {
                keys.addAll(source.valuesList(model.pk()).list());
            }
            return collectAndRun(db, model, keys, instances,
                    new DeleteRun(new Rows(db), Operation.QUERY_DELETE, rows));
        });
    }

    /**
     * True when a QuerySet delete of {@code model} is a single {@code DELETE … WHERE}: no key points at the model
     * with an action to carry out, and no preDelete / postDelete receiver needs its rows.
     */
    public static boolean deletesByQuery(ModelMeta<?> model) {
        ModelSignals s = Rules.signals(model);
        return !Rules.hasActions(model) && s.preDelete().isEmpty() && s.postDelete().isEmpty();
    }

    private static <M extends Entity> DeleteResult collectAndRun(Database db, ModelMeta<M> model, List<Object> keys,
            List<M> instances, DeleteRun run) {
        DeleteCollection collection = new DeleteCollection(run.rows());
        collection.collect(model, keys, instances);
        return run.run(Plan.order(collection.steps(), collection.edges()), collection.updates());
    }

    /** The primary key of {@code instance}, or null when it is unset (null, or 0 for an auto key). */
    static Object keyOf(ModelMeta<?> model, Entity instance) {
        @SuppressWarnings("unchecked")
        Field<Entity, ?> pk = (Field<Entity, ?>) model.pk();
        Object key = pk.get(instance);
        boolean unset = key == null || (pk.kind().isAuto() && key instanceof Number n && n.longValue() == 0);
        return unset ? null : key;
    }
}

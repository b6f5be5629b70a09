package dev.jango.db.deletion;

import dev.jango.db.connection.Database;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.model.Entity;
import dev.jango.db.query.QuerySet;
import dev.jango.db.signals.BulkListener;
import dev.jango.db.signals.DeleteListener;
import dev.jango.db.signals.ModelSignals;
import dev.jango.db.signals.Operation;
import dev.jango.db.signals.Write;
import dev.jango.db.signals.WriteHook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Carries out an ordered collection, in the caller's atomic block: preDelete for every loaded row, the SET_NULL /
 * SET_DEFAULT updates, the DELETEs (each step's rows are marked new again and get postDelete right after its
 * statement), then the write
 * hooks (one call per model and kind of write) and, for a QuerySet delete, bulkDeleted.
 *
 * @param rows  the statements, on the write database
 * @param op    {@code DELETE} (an instance through its manager) or {@code QUERY_DELETE}
 * @param query the deleted QuerySet for {@code QUERY_DELETE}, else null
 */
record DeleteRun(Rows rows, Operation op, QuerySet<?> query) {

    DeleteResult run(List<Step> order, List<FieldUpdate> updates) {
        for (Step step : order) {
            send(Rules.signals(step.model()).preDelete(), step);
        }
        Map<ModelMeta<?>, Integer> updated = new LinkedHashMap<>();
        Map<ModelMeta<?>, List<Object>> updatedKeys = new LinkedHashMap<>();
        for (FieldUpdate u : updates) {
            int n = rows.update(u.fk(), u.value(), u.where(), u.values());
            updated.merge(u.fk().model(), n, Integer::sum);
            if (u.where() != u.fk()) {
                updatedKeys.computeIfAbsent(u.fk().model(), m -> new ArrayList<>()).addAll(u.values());
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<ModelMeta<?>, Integer> cascaded = new LinkedHashMap<>();
        Map<ModelMeta<?>, List<Entity>> cascadedRows = new LinkedHashMap<>();
        int rootRows = 0;
        ModelMeta<?> root = null;
        List<Entity> rootInstances = new ArrayList<>();
        for (Step step : order) {
            int n = deleted(step, rows.delete(step.where(), step.values()));
            counts.merge(step.model().name(), n, Integer::sum);
            if (step.kind() == Step.Kind.ROOT) {
                root = step.model();
                rootRows += n;
                rootInstances.addAll(step.instances());
            } else {
                cascaded.merge(step.model(), n, Integer::sum);
                cascadedRows.computeIfAbsent(step.model(), m -> new ArrayList<>()).addAll(step.instances());
            }
            step.instances().forEach(Entity::markDeleted);   // postDelete sees an instance without a row
            send(Rules.signals(step.model()).postDelete(), step);
        }
        if (root != null) {
            announceRoot(root, rootInstances, rootRows);
        }
        cascaded.forEach((model, n) -> hooks(new Write<>(Operation.CASCADE_DELETE, cast(model), database(),
                cast(cascadedRows.get(model)), null, n)));
        updated.forEach((model, n) -> {
            if (n > 0) {
                hooks(new Write<>(Operation.CASCADE_UPDATE, cast(model), database(), List.of(),
                        changedRows(model, updatedKeys.get(model)), n));
            }
        });
        return new DeleteResult(counts);
    }

    /**
     * The rows a step removed: what the statement reports, except for cascaded rows collected by key, which were
     * read in this transaction, so all of them went — a row the database removed first through its
     * {@code ON DELETE CASCADE} (only when rows point at each other in a cycle, see {@link Plan}) still counts.
     */
    private static int deleted(Step step, int reported) {
        return step.kind() == Step.Kind.CASCADE ? Math.max(reported, step.values().size()) : reported;
    }

    private void announceRoot(ModelMeta<?> model, List<Entity> instances, int n) {
        if (op == Operation.QUERY_DELETE) {
            Write<Object> w = new Write<>(op, cast(model), database(), List.of(), query, n);
            for (BulkListener<Object> l : Rules.signals(model).bulkDeleted()) {
                l.bulk(w);
            }
            hooks(w);
        } else {
            hooks(new Write<>(op, cast(model), database(), cast(instances), null, n));
        }
    }

    /** The rows a SET_NULL / SET_DEFAULT changed, as a QuerySet (null when they were updated by key). */
    private QuerySet<?> changedRows(ModelMeta<?> model, List<Object> keys) {
        if (keys == null) {
            return null;
        }
        ModelMeta<Entity> m = cast(model);
        Field<Entity, Object> pk = cast(m.pk());
        return QuerySet.of(m).using(database().alias()).filter(pk.in(keys));
    }

    private void hooks(Write<Object> write) {
        ModelSignals s = Rules.signals(write.model());
        for (WriteHook<Object> h : s.hooks()) {
            h.written(write);
        }
    }

    private static void send(List<DeleteListener<Object>> listeners, Step step) {
        for (DeleteListener<Object> l : listeners) {
            for (Entity e : step.instances()) {
                l.deleted(cast(step.model()), e);
            }
        }
    }

    private Database database() {
        return rows.database();
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }
}

package dev.jango.db.query;

import dev.jango.db.connection.Database;
import dev.jango.db.expr.FieldRef;
import dev.jango.db.meta.GenericRefField;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.meta.TypeKeys;
import dev.jango.db.model.Entity;
import dev.jango.db.model.GenericRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code prefetchRelated(COMMENT.target)}: batch-loads the targets of a polymorphic reference. The owners' refs are
 * grouped by type key; every key is checked against the field's {@link TypeKeys} first (an unknown key fails
 * before any target query), then each key's model is read with {@code pk IN (ids)}, chunked like every prefetch.
 * A ref whose row is gone (a polymorphic reference has no foreign key constraint) is marked as pointing at a
 * missing row, so reading it says so instead of claiming it was not loaded. A {@link Prefetch} may give a QuerySet
 * per target model; its filters narrow the read and its selectRelated/prefetchRelated load the targets' relations.
 */
final class GenericPrefetcher {
    private GenericPrefetcher() {
    }

    static void run(Database db, List<? extends Entity> owners, Prefetch prefetch) {
        GenericRefField<?> field = prefetch.generic();
        Map<String, Set<Object>> idsByKey = new LinkedHashMap<>();
        for (Entity owner : owners) {
            GenericRef<?> ref = ref(field, owner);
            if (ref != null && ref.id() != null) {
                idsByKey.computeIfAbsent(ref.key(), k -> new LinkedHashSet<>()).add(ref.id());
            }
        }
        TypeKeys keys = field.keys();
        Map<String, ModelMeta<?>> models = new LinkedHashMap<>();
        for (String key : idsByKey.keySet()) {
            if (!keys.keys().contains(key)) {
                ModelMeta<?> model = field.typeField().model();
                throw new QueryException(model.name() + "." + field.name() + ": a row holds the type key \"" + key
                        + "\", which " + field + " does not declare (declared: " + keys.keys() + "); fix the data or"
                        + " add the key to the model's TypeKeys");
            }
            models.put(key, keys.model(key));
        }
        Map<String, Map<Object, Entity>> loaded = new HashMap<>();
        models.forEach((key, model) -> loaded.put(key, load(db, model, prefetch.queryset(model), idsByKey.get(key))));
        for (Entity owner : owners) {
            GenericRef<?> ref = ref(field, owner);
            if (ref == null || ref.id() == null) {
                continue;
            }
            Entity target = loaded.get(ref.key()).get(normal(ref.id()));
            store(field, owner, target);
        }
    }

    /** The targets of one model by id, read through {@code custom} (its joins and prefetches too) when given. */
    private static Map<Object, Entity> load(Database db, ModelMeta<?> model, QuerySet<?> custom, Set<Object> ids) {
        QueryState<Entity> base = entity(custom != null ? custom.state() : QuerySet.of(entity(model)).state());
        Loading loading = custom != null ? custom.loading() : Loading.NONE;
        Joins joins = loading.joins(model);
        Map<Object, Entity> byId = new HashMap<>();
        List<Entity> all = new ArrayList<>();
        for (List<Object> chunk : Prefetcher.chunks(db.vendor(), List.copyOf(ids))) {
            QueryState<Entity> q = Clauses.filter(base, new FieldRef(model.pk()).in(chunk));
            for (Entity e : ModelRows.plan(db, q, joins).list(db)) {
                byId.put(normal(pk(model, e)), e);
                all.add(e);
            }
        }
        Relations.prefetch(db, all, loading);
        return byId;
    }

    /** Integer and long keys of one row compare equal (an {@code int} id column may point at a long key). */
    private static Object normal(Object id) {
        return id instanceof Number n && !(id instanceof java.math.BigDecimal) ? (Object) n.longValue() : id;
    }

    @SuppressWarnings("unchecked")
    private static <M> GenericRef<?> ref(GenericRefField<M> field, Object owner) {
        return field.ref((M) owner);
    }

    @SuppressWarnings("unchecked")
    private static <M> void store(GenericRefField<M> field, Object owner, Entity target) {
        if (target == null) {
            field.loadMissing((M) owner);
        } else {
            field.load((M) owner, target);
        }
    }

    @SuppressWarnings("unchecked")
    private static <M> Object pk(ModelMeta<M> model, Object instance) {
        return model.pk().get((M) instance);
    }

    @SuppressWarnings("unchecked")
    private static ModelMeta<Entity> entity(ModelMeta<?> m) {
        return (ModelMeta<Entity>) m;
    }

    @SuppressWarnings("unchecked")
    private static QueryState<Entity> entity(QueryState<?> state) {
        return (QueryState<Entity>) state;
    }
}

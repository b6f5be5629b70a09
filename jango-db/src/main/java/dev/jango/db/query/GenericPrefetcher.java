package dev.jango.db.query;

import dev.jango.db.connection.Database;
import dev.jango.db.expr.FieldRef;
import dev.jango.db.meta.GenericRefField;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.meta.TypeKeys;
import dev.jango.db.model.Entity;
import dev.jango.db.model.GenericRef;
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
 * missing row, so reading it says so instead of claiming it was not loaded.
 */
final class GenericPrefetcher {
    private GenericPrefetcher() {
    }

    static void run(Database db, List<? extends Entity> owners, GenericRefField<?> field) {
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
        models.forEach((key, model) -> loaded.put(key, load(db, model, idsByKey.get(key))));
        for (Entity owner : owners) {
            GenericRef<?> ref = ref(field, owner);
            if (ref == null || ref.id() == null) {
                continue;
            }
            Entity target = loaded.get(ref.key()).get(normal(ref.id()));
            store(field, owner, target);
        }
    }

    private static Map<Object, Entity> load(Database db, ModelMeta<?> model, Set<Object> ids) {
        QueryState<Entity> base = QuerySet.of(entity(model)).state();
        Map<Object, Entity> byId = new HashMap<>();
        for (List<Object> chunk : Prefetcher.chunks(db.vendor(), List.copyOf(ids))) {
            for (Entity e : Loader.load(db, Clauses.filter(base, new FieldRef(model.pk()).in(chunk)))) {
                byId.put(normal(pk(model, e)), e);
            }
        }
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
}

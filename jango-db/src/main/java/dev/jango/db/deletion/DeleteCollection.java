package dev.jango.db.deletion;

import dev.jango.db.meta.Field;
import dev.jango.db.meta.ForeignKeyField;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.model.Entity;
import dev.jango.db.query.ProtectedError;
import dev.jango.db.query.RestrictedError;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

/**
 * Gathers everything one delete touches, reading only (no row is written here): starting from the root rows it
 * follows every key that points at a collected row, by its on-delete rule, level by level. PROTECT fails at once;
 * RESTRICT hits are checked at the end, when it is known whether a cascade reaches them. Also records which step
 * must be deleted before which, for {@link Plan}.
 */
final class DeleteCollection {
    /** How many blocking rows an error shows. */
    static final int SHOWN = 20;

    private final Rows rows;
    private final List<Step> steps = new ArrayList<>();
    private final Map<ModelMeta<?>, Map<Object, Integer>> stepOfKey = new HashMap<>();
    private final List<FieldUpdate> updates = new ArrayList<>();
    private final List<Restriction> restrictions = new ArrayList<>();
    private final Set<Plan.Edge> edges = new LinkedHashSet<>();

    /** RESTRICT rows found pointing at the rows of step {@code parent}. */
    private record Restriction(ForeignKeyField<?, ?> fk, List<Object> keys, int parent) {
    }

    DeleteCollection(Rows rows) {
        this.rows = rows;
    }

    List<Step> steps() {
        return steps;
    }

    List<FieldUpdate> updates() {
        return updates;
    }

    Set<Plan.Edge> edges() {
        return edges;
    }

    /**
     * Collects {@code keys} of {@code model} (with their instances when loaded) and everything they drag along.
     *
     * @throws ProtectedError  if a PROTECT key points at a collected row
     * @throws RestrictedError if a RESTRICT key points at one and no cascade of this delete reaches the row
     */
    void collect(ModelMeta<?> model, List<Object> keys, List<? extends Entity> instances) {
        Queue<Step> pending = new ArrayDeque<>();
        pending.add(add(Step.Kind.ROOT, model, keys, instances));
        while (!pending.isEmpty()) {
            Step parent = pending.poll();
            for (ForeignKeyField<?, ?> fk : Rules.pointingAt(parent.model())) {
                Step next = follow(fk, parent);
                if (next != null) {
                    pending.add(next);
                }
            }
        }
        checkRestrictions();
    }

    /** Applies {@code fk}'s rule to the rows of {@code parent}; returns a new step to expand, if any. */
    private Step follow(ForeignKeyField<?, ?> fk, Step parent) {
        ModelMeta<?> child = fk.model();
        List<Object> parentKeys = parent.values();
        switch (fk.onDelete()) {
            case DO_NOTHING -> {
                return null;
            }
            case PROTECT -> {
                List<Object> hits = rows.keys(fk, parentKeys, SHOWN);
                if (!hits.isEmpty()) {
                    throw new ProtectedError(fk.toString(), hits, blocked(fk, hits, ""));
                }
                return null;
            }
            case RESTRICT -> {
                List<Object> hits = rows.keys(fk, parentKeys, 0);
                if (!hits.isEmpty()) {
                    restrictions.add(new Restriction(fk, hits, parent.index()));
                }
                return null;
            }
            case SET_NULL, SET_DEFAULT -> {
                Object value = Rules.replacement(fk);
                if (Rules.signals(child).hooks().isEmpty()) {
                    updates.add(new FieldUpdate(fk, value, fk, parentKeys));
                } else {   // a write hook is told which rows changed: find them first
                    List<Object> changed = rows.keys(fk, parentKeys, 0);
                    if (!changed.isEmpty()) {
                        updates.add(new FieldUpdate(fk, value, child.pk(), changed));
                    }
                }
                return null;
            }
            case CASCADE -> {
                return cascade(fk, parent);
            }
            default -> throw new IllegalStateException("unknown on-delete rule " + fk.onDelete());
        }
    }

    private Step cascade(ForeignKeyField<?, ?> fk, Step parent) {
        ModelMeta<?> child = fk.model();
        if (child != parent.model() && Rules.fastDeletable(child)) {
            Step fast = add(Step.Kind.FAST, child, fk, parent.values(), List.of());
            edges.add(new Plan.Edge(fast.index(), parent.index()));
            return null;
        }
        boolean load = Rules.needsInstances(child);
        List<? extends Entity> loaded = load ? rows.instances(cast(child), fk, parent.values()) : List.of();
        List<Object> found = load ? keysOf(child, loaded) : rows.keys(fk, parent.values(), 0);
        Map<Object, Integer> known = stepOfKey.getOrDefault(child, Map.of());
        List<Object> fresh = new ArrayList<>();
        List<Entity> freshInstances = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Integer step = known.get(found.get(i));
            if (step == null) {
                fresh.add(found.get(i));
                if (load) {
                    freshInstances.add(loaded.get(i));
                }
            } else if (step != parent.index()) {
                edges.add(new Plan.Edge(step, parent.index()));   // already collected: still goes first
            }
        }
        if (fresh.isEmpty()) {
            return null;
        }
        Step next = add(Step.Kind.CASCADE, child, fresh, freshInstances);
        edges.add(new Plan.Edge(next.index(), parent.index()));
        return next;
    }

    private Step add(Step.Kind kind, ModelMeta<?> model, List<Object> keys, List<? extends Entity> instances) {
        Step step = add(kind, model, model.pk(), keys, instances);
        Map<Object, Integer> known = stepOfKey.computeIfAbsent(model, m -> new HashMap<>());
        for (Object key : keys) {
            known.putIfAbsent(key, step.index());
        }
        return step;
    }

    private Step add(Step.Kind kind, ModelMeta<?> model, Field<?, ?> where, List<Object> values,
                     List<? extends Entity> instances) {
        Step step = new Step(steps.size(), kind, model, where, values, instances);
        steps.add(step);
        return step;
    }

    /** Django's RESTRICT: allowed only when every restricting row is itself collected (by a cascade). */
    private void checkRestrictions() {
        for (Restriction r : restrictions) {
            Map<Object, Integer> known = stepOfKey.getOrDefault(r.fk().model(), Map.of());
            List<Object> blocking = new ArrayList<>();
            for (Object key : r.keys()) {
                Integer step = known.get(key);
                if (step == null) {
                    blocking.add(key);
                } else if (step != r.parent()) {
                    edges.add(new Plan.Edge(step, r.parent()));
                }
            }
            if (!blocking.isEmpty()) {
                List<Object> shown = blocking.subList(0, Math.min(SHOWN, blocking.size()));
                throw new RestrictedError(r.fk().toString(), shown, blocked(r.fk(), shown,
                        blocking.size() > SHOWN ? " (and " + (blocking.size() - SHOWN) + " more)" : "")
                        + "; they are not deleted by a cascade of this delete");
            }
        }
    }

    private static String blocked(ForeignKeyField<?, ?> fk, List<Object> shown, String more) {
        String child = fk.model().name();
        return "cannot delete " + fk.target().name() + ": " + child + " rows " + shown
                + (more.isEmpty() && shown.size() == SHOWN ? " (and maybe more)" : more) + " point at it through "
                + child + "." + fk.name() + " (on delete " + fk.onDelete() + ")";
    }

    private static List<Object> keysOf(ModelMeta<?> model, List<? extends Entity> instances) {
        List<Object> keys = new ArrayList<>(instances.size());
        for (Entity e : instances) {
            keys.add(Collector.keyOf(model, e));
        }
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static <M extends Entity> ModelMeta<M> cast(ModelMeta<?> model) {
        return (ModelMeta<M>) model;
    }
}

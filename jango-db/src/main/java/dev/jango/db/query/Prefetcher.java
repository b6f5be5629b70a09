package dev.jango.db.query;

import dev.jango.db.bulk.ParameterLimits;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.Vendor;
import dev.jango.db.expr.Condition;
import dev.jango.db.expr.FieldRef;
import dev.jango.db.meta.ForeignKeyField;
import dev.jango.db.meta.ManyToManyField;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.meta.Relation;
import dev.jango.db.meta.ReverseForeignKey;
import dev.jango.db.meta.ValueReader;
import dev.jango.db.model.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the {@code prefetchRelated} steps after the main query (so after its LIMIT/OFFSET): one query per relation
 * step and IN-list chunk, whatever the number of owners. A reverse foreign key is read by {@code fk IN (ids)}; a
 * many-to-many joins its through table and reads the owner's id alongside each related row, so it also takes one
 * query; a to-one step inside a nested path ({@code tags__category}) loads by primary key. The results are grouped
 * by owner id and stored on each owner (an owner with none gets an empty list, so reading it never throws).
 */
final class Prefetcher {
    /** Parameters kept free for the custom QuerySet's own filters. */
    private static final int RESERVED = 1_000;

    private Prefetcher() {
    }

    static void run(Database db, List<? extends Entity> roots, List<Prefetch> prefetches) {
        if (roots.isEmpty()) {
            return;
        }
        Map<String, List<Entity>> done = new HashMap<>();
        for (Prefetch p : prefetches) {
            if (p.generic() != null) {
                GenericPrefetcher.run(db, roots, p);
                continue;
            }
            List<Entity> owners = List.copyOf(roots);
            String prefix = "";
            List<Relation<?, ?>> steps = p.relationPath().steps();
            for (int k = 0; k < steps.size(); k++) {
                Relation<?, ?> step = steps.get(k);
                prefix = prefix.isEmpty() ? step.name() : prefix + "__" + step.name();
                boolean last = k == steps.size() - 1;
                boolean custom = last && (p.queryset() != null || p.toAttr() != null);
                if (!custom && done.containsKey(prefix)) {
                    owners = done.get(prefix);
                    continue;
                }
                QueryState<?> base = last && p.queryset() != null ? p.queryset().state()
                        : QuerySet.of(entity(step.target())).state();
                // A custom QuerySet's own selectRelated joins into the step, its prefetches run on the results.
                Loading nested = last && p.queryset() != null ? p.queryset().loading() : Loading.NONE;
                owners = step(db, step, owners, base, nested.joins(base.model()), last ? p.toAttr() : null);
                Relations.prefetch(db, owners, nested);
                if (!custom) {
                    done.put(prefix, owners);
                }
            }
        }
    }

    private static List<Entity> step(Database db, Relation<?, ?> step, List<Entity> owners, QueryState<?> base,
                                     Joins joins, String toAttr) {
        return switch (step) {
            case ReverseForeignKey<?, ?> rev -> reverse(db, rev, owners, base, joins, toAttr);
            case ManyToManyField<?, ?> m2m -> manyToMany(db, m2m, owners, base, joins, toAttr);
            case ForeignKeyField<?, ?> fk -> toOne(db, fk, owners, base, joins);
        };
    }

    private static List<Entity> reverse(Database db, ReverseForeignKey<?, ?> rev, List<Entity> owners,
                                        QueryState<?> base, Joins joins, String toAttr) {
        ForeignKeyField<?, ?> fk = rev.field();
        Map<Object, List<Entity>> groups = new LinkedHashMap<>();
        List<Entity> all = new ArrayList<>();
        for (List<Object> chunk : chunks(db.vendor(), ids(owners))) {
            QueryState<Entity> q = entity(narrowed(base, new FieldRef(fk).in(chunk)));
            for (Entity child : ModelRows.plan(db, q, joins).list(db)) {
                groups.computeIfAbsent(fkValue(fk, child), k -> new ArrayList<>()).add(child);
                all.add(child);
            }
        }
        for (Entity owner : owners) {
            List<Entity> mine = groups.getOrDefault(pk(owner), List.of());
            for (Entity child : mine) {
                // The child points back at its owner, unless the Prefetch's QuerySet joined it (maybe deeper).
                if (!loaded(fk, child)) {
                    ModelRows.attach(fk, child, owner);
                }
            }
            store(owner, mine, toAttr, rev);
        }
        return all;
    }

    private static List<Entity> manyToMany(Database db, ManyToManyField<?, ?> m2m, List<Entity> owners,
                                           QueryState<?> base, Joins joins, String toAttr) {
        Map<Object, List<Entity>> groups = new LinkedHashMap<>();
        List<Entity> all = new ArrayList<>();
        ValueReader reader = db.reader();
        ForeignKeyField<?, ?> source = m2m.sourceField();
        for (List<Object> chunk : chunks(db.vendor(), ids(owners))) {
            QueryState<Entity> q = entity(narrowed(base, new FieldRef(source).in(chunk)));
            ModelRows<Entity> rows = ModelRows.through(db, q, joins, m2m);
            int ownerColumn = rows.end() + 1;
            Execution.query(db, rows.statement(), rs -> {
                while (rs.next()) {
                    Entity related = rows.map(rs);
                    Object owner = source.read(rs, ownerColumn, reader);
                    groups.computeIfAbsent(owner, k -> new ArrayList<>()).add(related);
                    all.add(related);
                }
                return null;
            });
        }
        for (Entity owner : owners) {
            store(owner, groups.getOrDefault(pk(owner), List.of()), toAttr, m2m);
        }
        return all;
    }

    private static List<Entity> toOne(Database db, ForeignKeyField<?, ?> fk, List<Entity> owners,
                                      QueryState<?> base, Joins joins) {
        Set<Object> ids = new LinkedHashSet<>();
        for (Entity owner : owners) {
            Object id = fkValue(fk, owner);
            if (id != null) {
                ids.add(id);
            }
        }
        Map<Object, Entity> byId = new HashMap<>();
        for (List<Object> chunk : chunks(db.vendor(), List.copyOf(ids))) {
            QueryState<Entity> q = entity(narrowed(base, new FieldRef(base.model().pk()).in(chunk)));
            for (Entity e : ModelRows.plan(db, q, joins).list(db)) {
                byId.put(pk(e), e);
            }
        }
        for (Entity owner : owners) {
            Entity related = byId.get(fkValue(fk, owner));
            if (related != null) {
                ModelRows.attach(fk, owner, related);
            }
        }
        return List.copyOf(byId.values());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void store(Entity owner, List<Entity> related, String toAttr, Relation<?, ?> relation) {
        if (toAttr != null) {
            owner.putPrefetched(toAttr, related);
        } else if (relation instanceof ReverseForeignKey rev) {
            rev.load(owner, related);
        } else if (relation instanceof ManyToManyField m2m) {
            m2m.load(owner, related);
        }
    }

    // Relation targets are models, so their states and metamodels are of Entity subclasses.
    @SuppressWarnings("unchecked")
    private static QueryState<Entity> entity(QueryState<?> q) {
        return (QueryState<Entity>) q;
    }

    @SuppressWarnings("unchecked")
    private static ModelMeta<Entity> entity(ModelMeta<?> m) {
        return (ModelMeta<Entity>) m;
    }

    private static <M> QueryState<M> narrowed(QueryState<M> base, Condition c) {
        return Clauses.filter(base, c);
    }

    private static List<Object> ids(List<Entity> owners) {
        Set<Object> ids = new LinkedHashSet<>();
        for (Entity owner : owners) {
            ids.add(pk(owner));
        }
        return List.copyOf(ids);
    }

    /** IN lists cut below the backend's parameter limit, leaving room for the QuerySet's own parameters. */
    static List<List<Object>> chunks(Vendor vendor, List<Object> ids) {
        int size = Math.max(1, ParameterLimits.of(vendor) - RESERVED);
        List<List<Object>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += size) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + size)));
        }
        return chunks;
    }

    @SuppressWarnings("unchecked")
    private static <M> Object pk(Object instance) {
        ModelMeta<M> meta = (ModelMeta<M>) ModelMeta.of(instance.getClass());
        return meta.pk().get((M) instance);
    }

    @SuppressWarnings("unchecked")
    private static <M> boolean loaded(ForeignKeyField<M, ?> fk, Object instance) {
        dev.jango.db.model.Ref<?> ref = fk.ref((M) instance);
        return ref != null && ref.isLoaded();
    }

    @SuppressWarnings("unchecked")
    private static <M> Object fkValue(ForeignKeyField<M, ?> fk, Object instance) {
        return fk.get((M) instance);
    }
}

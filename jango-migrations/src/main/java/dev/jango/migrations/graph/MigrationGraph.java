package dev.jango.migrations.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The migrations of a project as a dependency graph. A squashed migration stands in for the ones it replaces
 * when all or none of them are applied; when only some are, the originals are used until they all are.
 *
 * <pre>{@code
 * MigrationGraph g = MigrationGraph.of(migrations, applied);
 * g.leaf("shop");                       // shop.0003_book_isbn (GraphException if the app has two)
 * g.forwardPlan(List.of(g.leaf("shop")), applied);
 * }</pre>
 */
public final class MigrationGraph {
    private final Map<MigrationKey, Migration> nodes;
    private final Map<MigrationKey, Set<MigrationKey>> parents;
    private final Map<MigrationKey, Set<MigrationKey>> children;
    private final List<MigrationKey> order;

    private MigrationGraph(Map<MigrationKey, Migration> nodes) {
        this.nodes = nodes;
        this.parents = new TreeMap<>();
        this.children = new TreeMap<>();
        for (Migration m : nodes.values()) {
            parents.put(m.key(), new TreeSet<>());
            children.computeIfAbsent(m.key(), k -> new TreeSet<>());
        }
        for (Migration m : nodes.values()) {
            for (MigrationKey d : m.dependencies()) {
                if (!nodes.containsKey(d)) {
                    throw new GraphException("migration " + m.key() + " depends on " + d + ", which does not exist"
                            + " (migrations of " + d.app() + ": " + keysOf(d.app()) + ")");
                }
                parents.get(m.key()).add(d);
                children.get(d).add(m.key());
            }
        }
        this.order = topological();
    }

    /**
     * The graph of {@code migrations}, with squashed migrations resolved against the {@code applied} keys.
     *
     * @throws GraphException for a missing dependency or a cycle
     */
    public static MigrationGraph of(Collection<Migration> migrations, Set<MigrationKey> applied) {
        Map<MigrationKey, Migration> byKey = new LinkedHashMap<>();
        for (Migration m : migrations) {
            if (byKey.put(m.key(), m) != null) {
                throw new GraphException("migration " + m.key() + " exists twice");
            }
        }
        Map<MigrationKey, MigrationKey> replacedBy = new TreeMap<>();
        for (Migration m : migrations) {
            if (m.replaces().isEmpty()) {
                continue;
            }
            long done = m.replaces().stream().filter(applied::contains).count();
            if (done == 0 || done == m.replaces().size()) {
                m.replaces().forEach(r -> {
                    byKey.remove(r);
                    replacedBy.put(r, m.key());
                });
            } else {
                // Partly applied: the originals run; whatever depends on the squashed one waits for the last.
                byKey.remove(m.key());
                replacedBy.put(m.key(), m.replaces().getLast());
            }
        }
        Map<MigrationKey, Migration> rewired = new LinkedHashMap<>();
        for (Migration m : byKey.values()) {
            List<MigrationKey> deps = m.dependencies().stream().map(d -> replacedBy.getOrDefault(d, d))
                    .filter(d -> !d.equals(m.key())).distinct().toList();
            rewired.put(m.key(), new Migration(m.key(), deps, m.operations(), m.atomic(), m.initial(), m.replaces(),
                    m.silenced(), m.hash()));
        }
        return new MigrationGraph(rewired);
    }

    public Map<MigrationKey, Migration> nodes() {
        return nodes;
    }

    public Migration get(MigrationKey key) {
        Migration m = nodes.get(key);
        if (m == null) {
            throw new GraphException("no migration " + key + " (migrations of " + key.app() + ": "
                    + keysOf(key.app()) + ")");
        }
        return m;
    }

    /** All migrations, parents before children, ties broken by key. */
    public List<MigrationKey> order() {
        return order;
    }

    /** The app's migrations with no child in the same app. */
    public List<MigrationKey> leaves(String app) {
        return nodes.keySet().stream().filter(k -> k.app().equals(app))
                .filter(k -> children.get(k).stream().noneMatch(c -> c.app().equals(app))).sorted().toList();
    }

    /** The app's single head; a {@link GraphException} naming both when two branches each added one. */
    public MigrationKey leaf(String app) {
        List<MigrationKey> leaves = leaves(app);
        if (leaves.size() > 1) {
            throw new GraphException("conflicting migrations in " + app + ": " + leaves
                    + " are both heads; make one depend on the other (regenerate the later one)");
        }
        if (leaves.isEmpty()) {
            throw new GraphException("app " + app + " has no migrations");
        }
        return leaves.getFirst();
    }

    public Set<String> apps() {
        Set<String> apps = new TreeSet<>();
        nodes.keySet().forEach(k -> apps.add(k.app()));
        return apps;
    }

    /** Migrations to apply so that every target is applied: unapplied ancestors, in order. */
    public List<MigrationKey> forwardPlan(Collection<MigrationKey> targets, Set<MigrationKey> applied) {
        Set<MigrationKey> needed = new HashSet<>();
        for (MigrationKey t : targets) {
            get(t);
            needed.addAll(closure(t, parents));
        }
        return order.stream().filter(needed::contains).filter(k -> !applied.contains(k)).toList();
    }

    /**
     * Migrations to unapply so that {@code target} is the last applied migration of its app: its applied
     * descendants (in any app), children before parents. With {@code target} empty the whole app is unapplied.
     */
    public List<MigrationKey> backwardPlan(String app, java.util.Optional<MigrationKey> target,
                                           Set<MigrationKey> applied) {
        Set<MigrationKey> undo = new HashSet<>();
        if (target.isPresent()) {
            get(target.get());
            for (MigrationKey child : children.get(target.get())) {
                undo.addAll(closure(child, children));
            }
        } else {
            nodes.keySet().stream().filter(k -> k.app().equals(app)).forEach(k -> undo.addAll(closure(k, children)));
        }
        List<MigrationKey> plan = new ArrayList<>(order.stream().filter(undo::contains).filter(applied::contains)
                .toList());
        java.util.Collections.reverse(plan);
        return plan;
    }

    private Set<MigrationKey> closure(MigrationKey start, Map<MigrationKey, Set<MigrationKey>> edges) {
        Set<MigrationKey> seen = new LinkedHashSet<>();
        Deque<MigrationKey> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            MigrationKey k = todo.pop();
            if (seen.add(k)) {
                todo.addAll(edges.get(k));
            }
        }
        return seen;
    }

    private List<MigrationKey> topological() {
        Map<MigrationKey, Integer> pending = new TreeMap<>();
        parents.forEach((k, ps) -> pending.put(k, ps.size()));
        TreeSet<MigrationKey> ready = new TreeSet<>();
        pending.forEach((k, n) -> {
            if (n == 0) {
                ready.add(k);
            }
        });
        List<MigrationKey> out = new ArrayList<>();
        while (!ready.isEmpty()) {
            MigrationKey k = ready.pollFirst();
            out.add(k);
            for (MigrationKey c : children.get(k)) {
                if (pending.merge(c, -1, Integer::sum) == 0) {
                    ready.add(c);
                }
            }
        }
        if (out.size() != nodes.size()) {
            Set<MigrationKey> stuck = new TreeSet<>(nodes.keySet());
            out.forEach(stuck::remove);
            throw new GraphException("migrations depend on each other in a cycle: " + stuck);
        }
        return List.copyOf(out);
    }

    private List<String> keysOf(String app) {
        return nodes.keySet().stream().filter(k -> k.app().equals(app)).map(MigrationKey::name).sorted().toList();
    }
}

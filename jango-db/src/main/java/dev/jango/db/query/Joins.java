package dev.jango.db.query;

import dev.jango.db.meta.ForeignKeyField;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.meta.Relation;
import dev.jango.db.meta.RelationPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The join tree of a {@code selectRelated}: one node per distinct to-one path prefix, in the order their columns
 * follow the root's columns. A node is a LEFT JOIN when its foreign key is nullable or its parent is a LEFT JOIN
 * (an INNER JOIN under a LEFT one would drop the root rows whose parent is missing); otherwise INNER. Joined tables
 * get the aliases {@code j1, j2, …}, so the same table may be joined twice (self references, two keys to one model).
 *
 * @param root  the queried model
 * @param nodes the joins in column order
 */
record Joins(ModelMeta<?> root, List<Node> nodes) {

    /**
     * One joined table.
     *
     * @param path   the string path ({@code author__publisher})
     * @param key    the foreign key followed
     * @param parent index of the parent node, or -1 for the root
     * @param alias  the joined table's alias
     * @param left   LEFT JOIN rather than INNER
     */
    record Node(String path, ForeignKeyField<?, ?> key, int parent, String alias, boolean left) {
        ModelMeta<?> target() {
            return key.target();
        }
    }

    static Joins none(ModelMeta<?> root) {
        return new Joins(root, List.of());
    }

    /** Plans the joins for {@code paths}; a to-many step raises {@link RelationError} naming model and field. */
    static Joins plan(ModelMeta<?> root, List<RelationPath<?, ?>> paths) {
        Map<String, Node> byPath = new LinkedHashMap<>();
        for (RelationPath<?, ?> path : paths) {
            if (path.steps().getFirst().model() != root) {
                throw new RelationError(root.name(), path.path(), "selectRelated(" + path + ") starts at "
                        + path.steps().getFirst().model().name() + ", not at the queried model " + root.name());
            }
            String prefix = "";
            int parent = -1;
            boolean left = false;
            for (Relation<?, ?> step : path.steps()) {
                if (!(step instanceof ForeignKeyField<?, ?> key)) {
                    throw toMany(step);
                }
                prefix = prefix.isEmpty() ? step.name() : prefix + "__" + step.name();
                left = left || key.spec().nullable();
                Node node = byPath.get(prefix);
                if (node == null) {
                    node = new Node(prefix, key, parent, "j" + (byPath.size() + 1), left);
                    byPath.put(prefix, node);
                }
                parent = new ArrayList<>(byPath.keySet()).indexOf(prefix);
            }
        }
        return new Joins(root, List.copyOf(byPath.values()));
    }

    /** {@code author__publisher} resolved from the root, step by step, with the valid names on a typo. */
    static RelationPath<?, ?> path(ModelMeta<?> root, String path) {
        List<Relation<?, ?>> steps = new ArrayList<>();
        ModelMeta<?> model = root;
        for (String name : path.split("__", -1)) {
            ModelMeta<?> at = model;
            Relation<?, ?> step = at.relation(name).orElseThrow(() -> new RelationError(at.name(), name,
                    at.name() + " has no relation '" + name + "'" + (name.equals(path) ? "" : " in '" + path + "'")
                            + "; relations: " + at.relations().stream().map(Relation::name).toList()));
            steps.add(step);
            model = step.target();
        }
        return new RelationPath<>(steps);
    }

    static RelationError toMany(Relation<?, ?> step) {
        return new RelationError(step.model().name(), step.name(), step.model().name() + "." + step.name()
                + " is a to-many relation: selectRelated joins only to-one relations (foreign keys, one-to-one);"
                + " use .prefetchRelated(" + step.constant() + ")");
    }

    boolean isEmpty() {
        return nodes.isEmpty();
    }

    /** The alias a node's parent is rendered with (the root keeps its table name). */
    String parentAlias(Node node) {
        return node.parent() < 0 ? root.table() : nodes.get(node.parent()).alias();
    }

    /** Shape-key part: the joins fully determine the SQL they add. */
    void shape(StringBuilder key) {
        for (Node n : nodes) {
            key.append("|J:").append(n.path()).append(n.left() ? 'L' : 'I');
        }
    }
}

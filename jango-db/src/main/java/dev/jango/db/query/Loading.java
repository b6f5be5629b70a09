package dev.jango.db.query;

import dev.jango.db.meta.ModelMeta;
import dev.jango.db.meta.RelationPath;
import java.util.ArrayList;
import java.util.List;

/**
 * What a QuerySet loads besides its own rows: the to-one paths it joins ({@code selectRelated}) and the to-many
 * paths it prefetches after the main query. Immutable; every chaining call carries it to the next QuerySet.
 *
 * @param related    validated to-one paths
 * @param prefetches validated prefetches
 */
record Loading(List<RelationPath<?, ?>> related, List<Prefetch> prefetches) {
    static final Loading NONE = new Loading(List.of(), List.of());

    Loading {
        related = List.copyOf(related);
        prefetches = List.copyOf(prefetches);
    }

    boolean isEmpty() {
        return related.isEmpty() && prefetches.isEmpty();
    }

    /** Adds joins; {@link Joins#plan} raises for a to-many step before anything runs. */
    Loading selectRelated(ModelMeta<?> root, List<RelationPath<?, ?>> paths) {
        List<RelationPath<?, ?>> all = new ArrayList<>(related);
        all.addAll(paths);
        Joins.plan(root, all);
        return new Loading(all, prefetches);
    }

    Loading prefetch(ModelMeta<?> root, List<Prefetch> more) {
        List<Prefetch> all = new ArrayList<>(prefetches);
        for (Prefetch p : more) {
            all.add(p.resolve(root));
        }
        return new Loading(related, all);
    }

    /**
     * Refuses {@code call} (values, valuesList) on a QuerySet that loads relations: its rows are not instances,
     * so the relations would be dropped without a word.
     */
    void requireNone(ModelMeta<?> root, String call) {
        if (isEmpty()) {
            return;
        }
        List<String> calls = new ArrayList<>();
        related.forEach(p -> calls.add(".selectRelated(" + p + ")"));
        prefetches.forEach(p -> calls.add(".prefetchRelated(" + p.describe() + ")"));
        throw new QueryException(root.name() + ": " + call + " returns plain rows, not " + root.name()
                + " instances, so " + String.join(" and ", calls) + " would load nothing; remove "
                + (calls.size() == 1 ? "it" : "them") + ", or read instances with list(), iterator(n) or annotated()");
    }

    Joins joins(ModelMeta<?> root) {
        return related.isEmpty() ? Joins.none(root) : Joins.plan(root, related);
    }
}

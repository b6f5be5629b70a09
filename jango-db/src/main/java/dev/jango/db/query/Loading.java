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

    Joins joins(ModelMeta<?> root) {
        return related.isEmpty() ? Joins.none(root) : Joins.plan(root, related);
    }
}

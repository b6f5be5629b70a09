package dev.jango.db.query;

import dev.jango.db.connection.Database;
import dev.jango.db.model.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluation of a QuerySet that loads relations: the main SELECT (joined when it has {@code selectRelated}
 * paths), then the prefetch queries over the rows it returned, on the same database.
 */
final class Relations {
    private Relations() {
    }

    static <M extends Entity> List<M> load(Database db, QueryState<M> state, Loading loading) {
        List<M> rows = ModelRows.plan(db, state, loading.joins(state.model())).list(db);
        prefetch(db, rows, loading);
        return rows;
    }

    /** {@link QuerySet#annotated()}: instances with their annotations, joined and prefetched like {@link #load}. */
    static <M extends Entity> List<Annotated<M>> annotated(Database db, QueryState<M> state, Loading loading) {
        List<Annotated<M>> rows = Loader.loadAnnotated(db, state, loading.joins(state.model()));
        if (!loading.prefetches().isEmpty()) {
            List<M> instances = new ArrayList<>(rows.size());
            rows.forEach(a -> instances.add(a.instance()));
            prefetch(db, instances, loading);
        }
        return rows;
    }

    /** Runs the prefetches of {@code loading} over {@code rows} (nothing when there are none). */
    static void prefetch(Database db, List<? extends Entity> rows, Loading loading) {
        if (!loading.prefetches().isEmpty()) {
            Prefetcher.run(db, rows, loading.prefetches());
        }
    }
}

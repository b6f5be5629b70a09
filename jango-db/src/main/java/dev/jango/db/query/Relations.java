package dev.jango.db.query;

import dev.jango.db.connection.Database;
import dev.jango.db.model.Entity;
import java.util.List;

/**
 * Evaluation of a QuerySet that loads relations: the main SELECT (joined when it has {@code selectRelated}
 * paths), then the prefetch queries over the rows it returned, on the same database.
 */
final class Relations {
    private Relations() {
    }

    static <M extends Entity> List<M> load(Database db, QueryState<M> state, Loading loading) {
        Joins joins = loading.joins(state.model());
        List<M> rows = joins.isEmpty() ? Loader.load(db, state) : JoinedLoader.load(db, state, joins);
        if (!loading.prefetches().isEmpty()) {
            Prefetcher.run(db, rows, loading.prefetches());
        }
        return rows;
    }
}

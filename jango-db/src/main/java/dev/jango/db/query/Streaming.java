package dev.jango.db.query;

import dev.jango.db.connection.Cursor;
import dev.jango.db.connection.Database;
import dev.jango.db.dialect.SqliteFunctions;
import dev.jango.db.model.Entity;

/**
 * {@link QuerySet#iterator(int)}: the model SELECT (joined for {@code selectRelated}) opened as a {@link Cursor},
 * each row mapped by {@link ModelRows} and handed out without being kept. With {@code prefetchRelated} the cursor
 * reads {@code chunkSize} rows ahead, runs the prefetch queries over that group, then hands it out: memory is
 * bounded by one chunk, and the queries are {@code 1 + chunks × prefetch steps} (ADR 0101).
 */
final class Streaming {
    private Streaming() {
    }

    static <M extends Entity> Cursor<M> open(Database db, QueryState<M> state, Loading loading, int chunkSize) {
        if (chunkSize < 1) {
            throw new QueryException(state.model().name() + ": iterator(chunkSize) needs a positive chunk size, got "
                    + chunkSize);
        }
        ModelRows<M> rows = ModelRows.plan(db, state, loading.joins(state.model()));
        Statement st = rows.statement();
        boolean regexp = Execution.needsRegexp(db, st);
        Cursor<M> cursor = db.cursor(st.sql(), st.params(), chunkSize,
                c -> regexp ? SqliteFunctions.register(c) : null, rows::map);
        if (loading.prefetches().isEmpty()) {
            return cursor;
        }
        return cursor.inChunks(chunkSize, group -> Relations.prefetch(db, group, loading));
    }
}

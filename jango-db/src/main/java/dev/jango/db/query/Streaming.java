package dev.jango.db.query;

import dev.jango.db.connection.Cursor;
import dev.jango.db.connection.Database;
import dev.jango.db.dialect.Dialect;
import dev.jango.db.dialect.SqliteFunctions;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.meta.ValueReader;
import dev.jango.db.model.Entity;
import java.util.List;
import java.util.Set;

/**
 * {@link QuerySet#iterator(int)}: the model SELECT opened as a {@link Cursor}, each row mapped by the generated
 * {@code mapRow} (or typed setters under only/defer) and handed out without being kept.
 */
final class Streaming {
    private Streaming() {
    }

    static <M extends Entity> Cursor<M> open(Database db, QueryState<M> state, int chunkSize) {
        if (chunkSize < 1) {
            throw new QueryException(state.model().name() + ": iterator(chunkSize) needs a positive chunk size, got "
                    + chunkSize);
        }
        Statement st = Compiler.select(Dialect.of(db.vendor()), state, Loader.columns(state));
        ModelMeta<M> model = state.model();
        ValueReader reader = db.reader();
        String alias = db.alias();
        Set<String> deferred = state.deferred();
        List<Field<M, ?>> fields = state.columns();
        boolean regexp = Execution.needsRegexp(db, st);
        return db.cursor(st.sql(), st.params(), chunkSize, c -> regexp ? SqliteFunctions.register(c) : null, rs -> {
            M instance;
            if (deferred.isEmpty()) {
                instance = model.mapRow(rs, 0, reader);
            } else {
                instance = model.newInstance();
                for (int i = 0; i < fields.size(); i++) {
                    Execution.copy(fields.get(i), instance, rs, i + 1, reader);
                }
            }
            instance.markPersisted(alias, deferred);
            return instance;
        });
    }
}

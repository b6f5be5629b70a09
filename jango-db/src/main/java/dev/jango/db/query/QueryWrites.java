package dev.jango.db.query;

import dev.jango.db.connection.Database;
import dev.jango.db.deletion.Collector;
import dev.jango.db.deletion.DeleteResult;
import dev.jango.db.dialect.Dialect;
import dev.jango.db.expr.Assignment;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.model.Entity;
import dev.jango.db.signals.Door;
import dev.jango.db.signals.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The QuerySet-level writes, {@code UPDATE … WHERE <filter>} and {@code DELETE … WHERE <filter>}: validation,
 * routing to the write database, the delete collector and the write door. {@link QuerySet} keeps the public methods.
 */
final class QueryWrites {
    private QueryWrites() {
    }

    static <M extends Entity> int update(QuerySet<M> source, QueryState<M> state, String alias,
            Assignment... assignments) {
        if (assignments.length == 0) {
            throw new QueryException(state.model().name() + ": update() needs at least one assignment");
        }
        List<Assignment> resolved = new ArrayList<>();
        for (Assignment a : assignments) {
            if (a.field().model() != state.model()) {
                throw new QueryException("cannot update " + a.field() + " through a QuerySet of "
                        + state.model().name());
            }
            resolved.add(new Assignment(a.field(), Paths.resolve(state.model(), a.value())));
        }
        Database db = Execution.write(alias, state.model());
        return Door.bulk(db, state.model(), Operation.QUERY_UPDATE, List.of(), source,
                () -> Execution.update(db, Compiler.update(Dialect.of(db.vendor()), state, resolved)), n -> n);
    }

    /** {@code Map.of("pages", 10)} as assignments, each name validated against the model. */
    static Assignment[] assignments(ModelMeta<?> model, Map<String, ?> values) {
        List<Assignment> assignments = new ArrayList<>();
        for (Map.Entry<String, ?> e : values.entrySet()) {
            Field<?, ?> f = Paths.field(model, e.getKey(), e.getKey());
            assignments.add(Assignment.of(f, e.getValue()));
        }
        return assignments.toArray(Assignment[]::new);
    }

    /**
     * One {@code DELETE … WHERE <filter>} when nothing points at the model with an on-delete action and no
     * per-row receiver listens; else the {@link Collector} (ADR 0111).
     */
    static <M extends Entity> DeleteResult delete(QuerySet<M> source, QueryState<M> state, String alias) {
        if (state.distinct()) {
            throw new QueryException(state.model().name() + ": cannot delete() after distinct()");
        }
        Database db = Execution.write(alias, state.model());
        if (!Collector.deletesByQuery(state.model())) {
            return Collector.delete(db, source);
        }
        int rows = Door.bulk(db, state.model(), Operation.QUERY_DELETE, List.of(), source,
                () -> Execution.update(db, Compiler.delete(Dialect.of(db.vendor()), state)), n -> n);
        return DeleteResult.of(state.model(), rows);
    }
}

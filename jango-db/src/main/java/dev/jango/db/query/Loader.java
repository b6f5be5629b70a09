package dev.jango.db.query;

import dev.jango.db.connection.Database;
import dev.jango.db.expr.Expression;
import dev.jango.db.model.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a model SELECT and builds instances (row mapping in {@link ModelRows}): plain, with the {@code selectRelated}
 * joins, or paired with the annotation values. Each instance is marked persisted with its database alias and
 * deferred fields.
 */
final class Loader {
    private Loader() {
    }

    static List<Expression> columns(QueryState<?> state) {
        return Clauses.refs(state.columns());
    }

    /** The instances of {@code state}, no relations loaded. */
    static <M extends Entity> List<M> load(Database db, QueryState<M> state) {
        return ModelRows.plan(db, state, Joins.none(state.model())).list(db);
    }

    /**
     * Like {@link #load}, each instance paired with its annotation values (selected right after the root's
     * columns), with the {@code selectRelated} joins of {@code joins} filled.
     */
    static <M extends Entity> List<Annotated<M>> loadAnnotated(Database db, QueryState<M> state, Joins joins) {
        ModelRows<M> rows = ModelRows.plan(db, state, joins);
        List<QueryState.Annotation> annotations = state.annotations();
        List<String> names = annotations.stream().map(QueryState.Annotation::name).toList();
        int first = state.columns().size() + 1;
        return Execution.query(db, rows.statement(), rs -> {
            List<Annotated<M>> out = new ArrayList<>();
            while (rs.next()) {
                M instance = rows.map(rs);
                Object[] values = new Object[annotations.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = Reading.read(annotations.get(i).expression().kind(), rs, first + i, rows.reader());
                }
                out.add(new Annotated<>(instance, new Row(names, List.of(), values)));
            }
            return List.copyOf(out);
        });
    }
}

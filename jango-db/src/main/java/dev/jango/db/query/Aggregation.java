package dev.jango.db.query;

import dev.jango.db.connection.Database;
import dev.jango.db.dialect.Dialect;
import dev.jango.db.expr.Aggregate;
import dev.jango.db.expr.Expression;
import dev.jango.db.meta.ValueReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code QuerySet.aggregate(...)}: one {@code SELECT agg AS "name", …} over the filtered rows, read into a Row. */
final class Aggregation {
    private Aggregation() {
    }

    static Row run(QueryState<?> state, String alias, Map<String, ? extends Expression> aggregates) {
        if (state.sliced() || state.distinct() || state.grouped()) {
            throw new ExpressionError(state.model().name() + ": aggregate() over a sliced, distinct or grouped"
                    + " QuerySet is not supported; filter the rows instead");
        }
        List<QueryState.Annotation> items = new ArrayList<>();
        Resolver resolver = Clauses.resolver(state);
        for (Map.Entry<String, ? extends Expression> e : aggregates.entrySet()) {
            Expression x = resolver.expression(e.getValue());
            if (Scan.find(x, Aggregate.class) == null) {
                throw new ExpressionError(state.model().name() + ": aggregate '" + e.getKey() + "' is not an"
                        + " aggregate expression: " + x);
            }
            items.add(new QueryState.Annotation(e.getKey(), x));
        }
        Database db = Execution.read(alias, state.model());
        Statement st = Compiler.aggregate(Dialect.of(db.vendor()), state, items);
        ValueReader reader = db.reader();
        List<String> names = items.stream().map(QueryState.Annotation::name).toList();
        return Execution.query(db, st, rs -> {
            rs.next();
            Object[] values = new Object[items.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = Reading.read(items.get(i).expression().kind(), rs, i + 1, reader);
            }
            return new Row(names, List.of(), values);
        });
    }
}

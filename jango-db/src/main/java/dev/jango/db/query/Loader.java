package dev.jango.db.query;

import dev.jango.db.connection.Database;
import dev.jango.db.dialect.Dialect;
import dev.jango.db.expr.Expression;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.meta.ValueReader;
import dev.jango.db.model.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs a model SELECT and builds instances: the generated straight-line {@code mapRow} when every field is
 * selected, typed per-field setters when only/defer narrowed the columns. Each instance is marked persisted
 * with its database alias and deferred fields.
 */
final class Loader {
    private Loader() {
    }

    static List<Expression> columns(QueryState<?> state) {
        return Clauses.refs(state.columns());
    }

    static <M extends Entity> List<M> load(Database db, QueryState<M> state) {
        Statement st = Compiler.select(Dialect.of(db.vendor()), state, columns(state));
        ModelMeta<M> model = state.model();
        ValueReader reader = db.reader();
        String alias = db.alias();
        Set<String> deferred = state.deferred();
        List<Field<M, ?>> fields = state.columns();
        return Execution.query(db, st, rs -> {
            List<M> out = new ArrayList<>();
            while (rs.next()) {
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
                out.add(instance);
            }
            return List.copyOf(out);
        });
    }

    /** Like {@link #load}, each instance paired with its annotation values (selected after the columns). */
    static <M extends Entity> List<Annotated<M>> loadAnnotated(Database db, QueryState<M> state) {
        List<Expression> columns = columns(state);
        Statement st = Compiler.select(Dialect.of(db.vendor()), state, columns);
        ModelMeta<M> model = state.model();
        ValueReader reader = db.reader();
        String alias = db.alias();
        Set<String> deferred = state.deferred();
        List<Field<M, ?>> fields = state.columns();
        List<QueryState.Annotation> annotations = state.annotations();
        List<String> names = annotations.stream().map(QueryState.Annotation::name).toList();
        return Execution.query(db, st, rs -> {
            List<Annotated<M>> out = new ArrayList<>();
            while (rs.next()) {
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
                Object[] values = new Object[annotations.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = Reading.read(annotations.get(i).expression().kind(), rs, fields.size() + i + 1,
                            reader);
                }
                out.add(new Annotated<>(instance, new Row(names, List.of(), values)));
            }
            return List.copyOf(out);
        });
    }
}

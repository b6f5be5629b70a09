package dev.jango.db.query;

import dev.jango.db.connection.Database;
import dev.jango.db.dialect.Dialect;
import dev.jango.db.expr.Condition;
import dev.jango.db.expr.Expression;
import dev.jango.db.expr.OrderBy;
import dev.jango.db.expr.FieldRef;
import dev.jango.db.expr.SqlWriter;
import dev.jango.db.expr.SubQuery;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.FieldKind;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.meta.ValueReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The lazy result of {@code values(...)} / {@code valuesList(...)}: selected columns instead of model
 * instances, each row mapped to {@code R}. Evaluated once, then cached like a QuerySet. A one-field values query
 * can stand on the right of {@code in}.
 *
 * <pre>{@code
 * List<String> titles = Book.objects.orderBy(BOOK.title.asc()).valuesList(BOOK.title).list();
 * Author.objects.filter(AUTHOR.id.in(Book.objects.filter(...).valuesList(BOOK.authorId)));
 * }</pre>
 *
 * @param <R> the row type
 */
public final class ValuesQuery<R> implements Iterable<R>, SubQuery.Source {
    /** Builds one result value from the row's columns, in selection order. */
    interface RowMapper<R> {
        R map(ResultSet rs, ValueReader reader) throws SQLException;
    }

    private final QueryState<?> state;
    private final String alias;
    private final List<Field<?, ?>> fields;
    private final RowMapper<R> mapper;
    private volatile List<R> cache;

    ValuesQuery(QueryState<?> state, String alias, List<Field<?, ?>> fields, RowMapper<R> mapper) {
        this.state = state;
        this.alias = alias;
        this.fields = List.copyOf(fields);
        this.mapper = mapper;
    }

    /** Runs the query (once) and returns all rows. */
    public List<R> list() {
        List<R> rows = cache;
        if (rows == null) {
            Database db = Execution.read(alias, state.model());
            Statement st = Compiler.select(Dialect.of(db.vendor()), state, columns());
            ValueReader reader = db.reader();
            rows = Execution.query(db, st, rs -> {
                List<R> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs, reader));
                }
                return List.copyOf(out);
            });
            cache = rows;
        }
        return rows;
    }

    public Stream<R> stream() {
        return list().stream();
    }

    @Override
    public Iterator<R> iterator() {
        return list().iterator();
    }

    /** The first row, if any (the query's own order applies). */
    public Optional<R> first() {
        List<R> rows = list();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    @Override
    public SubQuery asSubQuery() {
        if (fields.size() != 1) {
            throw new QueryException(state.model().name() + ": a subquery must select exactly one field, not "
                    + fields.stream().map(Field::name).toList());
        }
        return new SelectSubQuery(state, columns(), fields.getFirst().kind());
    }

    /**
     * Adds annotation {@code name} to each row. With an aggregate, the selected fields become the GROUP BY
     * (Django's {@code values(...).annotate(...)}), and the model's default ordering is dropped.
     *
     * <pre>{@code
     * Book.objects.values(BOOK.format).annotate("n", Count.all()).filter(F.of("n").gt(1)).orderBy("-n");
     * // SELECT "format", COUNT(*) AS "n" FROM "book" GROUP BY "format" HAVING COUNT(*) > ? ORDER BY COUNT(*) DESC
     * }</pre>
     */
    public ValuesQuery<Row> annotate(String name, Expression expression) {
        if (state.sliced()) {
            throw new QueryException(state.model().name() + ": cannot annotate a sliced values query");
        }
        QueryState<?> next = Clauses.annotate(state, name, expression);
        if (next.groupBy() == null && next.grouped()) {
            next = next.groupBy(columns());
            List<OrderBy> defaults = new ArrayList<>();
            for (String spec : next.model().spec().ordering()) {
                defaults.add(Paths.order(next.model(), spec));
            }
            if (next.ordering().equals(defaults)) {
                next = next.ordering(List.of());
            }
        }
        return rows(next, alias, fields);
    }

    /** Filters the rows; a condition on an aggregate annotation goes to HAVING. */
    public ValuesQuery<R> filter(Condition... conditions) {
        List<Condition> resolved = new ArrayList<>();
        for (Condition c : conditions) {
            resolved.add(Clauses.resolver(state).condition(c));
        }
        return new ValuesQuery<>(Clauses.filter(state, Condition.all(resolved)), alias, fields, mapper);
    }

    /** Filters by a path over a field or an annotation: {@code filter("n__gte", 2)}. */
    public ValuesQuery<R> filter(String path, Object value) {
        Condition c = Clauses.annotationCondition(state, path, value);
        Condition resolved = c != null ? c : Paths.condition(state.model(), path, value);
        return new ValuesQuery<>(Clauses.filter(state, resolved), alias, fields, mapper);
    }

    /** Replaces the ordering; annotations may be named ({@code F.of("n").desc()}). */
    public ValuesQuery<R> orderBy(OrderBy... order) {
        return new ValuesQuery<>(state.ordering(Clauses.order(state, order)), alias, fields, mapper);
    }

    /** Replaces the ordering by paths or annotation names ({@code "-n"}). */
    public ValuesQuery<R> orderBy(String... order) {
        List<OrderBy> items = new ArrayList<>();
        for (String spec : order) {
            OrderBy annotation = Clauses.annotationOrder(state, spec);
            items.add(annotation != null ? annotation : Paths.order(state.model(), spec));
        }
        return new ValuesQuery<>(state.ordering(items), alias, fields, mapper);
    }

    /** The SELECT this query runs for {@code dialect} (nothing is executed). */
    public Statement statement(Dialect dialect) {
        return Compiler.select(dialect, state, columns());
    }

    /** Rows of exactly {@code fields} (no annotations), typed by field. */
    static ValuesQuery<Row> fieldRows(QueryState<?> state, String alias, List<Field<?, ?>> fields) {
        return new ValuesQuery<>(state, alias, fields, (rs, reader) -> {
            Object[] values = new Object[fields.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = fields.get(i).read(rs, i + 1, reader);
            }
            return new Row(fields, values);
        });
    }

    /** Each row as an unmodifiable list of the values of {@code fields}, in order. */
    static ValuesQuery<List<Object>> lists(QueryState<?> state, String alias, List<Field<?, ?>> fields) {
        return new ValuesQuery<>(state, alias, fields, (rs, reader) -> {
            List<Object> values = new ArrayList<>(fields.size());
            for (int i = 0; i < fields.size(); i++) {
                values.add(fields.get(i).read(rs, i + 1, reader));
            }
            return java.util.Collections.unmodifiableList(values);
        });
    }

    /** Rows of {@code fields} followed by every annotation of {@code next}. */
    static ValuesQuery<Row> rows(QueryState<?> next, String alias, List<Field<?, ?>> fields) {
        List<QueryState.Annotation> annotations = next.annotations();
        List<String> names = new ArrayList<>();
        fields.forEach(f -> names.add(f.name()));
        annotations.forEach(a -> names.add(a.name()));
        List<String> allNames = List.copyOf(names);
        List<Field<?, ?>> selected = fields;
        return new ValuesQuery<>(next, alias, fields, (rs, reader) -> {
            Object[] values = new Object[allNames.size()];
            for (int i = 0; i < selected.size(); i++) {
                values[i] = selected.get(i).read(rs, i + 1, reader);
            }
            for (int i = 0; i < annotations.size(); i++) {
                int column = selected.size() + i + 1;
                values[column - 1] = Reading.read(annotations.get(i).expression().kind(), rs, column, reader);
            }
            return new Row(allNames, selected, values);
        });
    }

    private List<Expression> columns() {
        List<Expression> refs = new ArrayList<>(fields.size());
        for (Field<?, ?> f : fields) {
            refs.add(new FieldRef(f));
        }
        return refs;
    }

    /** A one-column SELECT rendered inside another statement. */
    record SelectSubQuery(QueryState<?> state, List<Expression> columns, FieldKind kind) implements SubQuery {
        @Override
        public void render(SqlWriter w) {
            Compiler.renderSelect(w, state, columns, false);
        }

        @Override
        public SubQuery resolveOuter(ModelMeta<?> outer) {
            Resolver r = new Resolver(state.model(), java.util.Map.of(), outer);
            return new SelectSubQuery(state.where(r.condition(state.where())).having(r.condition(state.having())),
                    r.expressions(columns), kind);
        }

        @Override
        public void shape(StringBuilder key) {
            columns.getFirst().shape(key);
            Compiler.shapeTail(key, state);
        }

        @Override
        public boolean sliced() {
            return state.sliced();
        }
    }
}

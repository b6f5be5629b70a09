package dev.jango.db.query;

import dev.jango.db.connection.Database;
import dev.jango.db.dialect.Dialect;
import dev.jango.db.expr.Expression;
import dev.jango.db.expr.FieldRef;
import dev.jango.db.expr.SqlWriter;
import dev.jango.db.expr.SubQuery;
import dev.jango.db.meta.Field;
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
        return new SelectSubQuery(state, columns());
    }

    private List<Expression> columns() {
        List<Expression> refs = new ArrayList<>(fields.size());
        for (Field<?, ?> f : fields) {
            refs.add(new FieldRef(f));
        }
        return refs;
    }

    /** A one-column SELECT rendered inside another statement. */
    record SelectSubQuery(QueryState<?> state, List<Expression> columns) implements SubQuery {
        @Override
        public void render(SqlWriter w) {
            Compiler.renderSelect(w, state, columns);
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

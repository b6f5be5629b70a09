package dev.jango.db.query;

import dev.jango.db.connection.Database;
import dev.jango.db.dialect.Dialect;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.ForeignKeyField;
import dev.jango.db.meta.ManyToManyField;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.meta.ValueReader;
import dev.jango.db.model.Entity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One model SELECT and how each of its rows becomes an instance: the statement (joined when the QuerySet has
 * {@code selectRelated} paths), the generated straight-line {@code mapRow} when every field is selected or typed
 * per-field setters under only/defer, then every joined model mapped at its column offset and stored in its
 * parent's {@link dev.jango.db.model.Ref}. Shared by the list, annotated, streaming and prefetch paths, so they
 * cannot drift apart. A LEFT JOIN that found nothing (NULL primary key) leaves the nullable relation empty.
 */
final class ModelRows<M extends Entity> {
    private final Statement statement;
    private final QueryState<M> state;
    private final Joins joins;
    /** Columns taken by the root (its fields, then its annotations); joined models follow. */
    private final int width;
    /** The first column offset of every joined model. */
    private final int[] offsets;
    private final ValueReader reader;
    private final String alias;

    private ModelRows(Statement statement, QueryState<M> state, Joins joins, int width, ValueReader reader,
                      String alias) {
        this.statement = statement;
        this.state = state;
        this.joins = joins;
        this.width = width;
        this.offsets = offsets(joins, width);
        this.reader = reader;
        this.alias = alias;
    }

    /** The plain or joined SELECT of {@code state} on {@code db}. */
    static <M extends Entity> ModelRows<M> plan(Database db, QueryState<M> state, Joins joins) {
        Dialect dialect = Dialect.of(db.vendor());
        Statement st;
        int width;
        if (joins.isEmpty()) {
            st = Compiler.select(dialect, state, Loader.columns(state));
            width = state.columns().size() + state.annotations().size();
        } else {
            JoinedSelect select = new JoinedSelect(state, Loader.columns(state), joins, null);
            st = select.statement(dialect);
            width = select.rootWidth();
        }
        return new ModelRows<>(st, state, joins, width, db.reader(), db.alias());
    }

    /**
     * A many-to-many prefetch's SELECT: {@code state}'s rows joined to the through table of {@code m2m}, the
     * owner's key selected after every other column (read it at {@link #end()} + 1).
     */
    static <M extends Entity> ModelRows<M> through(Database db, QueryState<M> state, Joins joins,
                                                   ManyToManyField<?, ?> m2m) {
        JoinedSelect select = new JoinedSelect(state, Loader.columns(state), joins, m2m);
        int width = select.rootWidth();
        return new ModelRows<>(select.statement(Dialect.of(db.vendor())), state, joins, width, db.reader(),
                db.alias());
    }

    /** The SELECT to run. */
    Statement statement() {
        return statement;
    }

    ValueReader reader() {
        return reader;
    }

    /** The number of columns the root and every joined model take. */
    int end() {
        int last = offsets.length - 1;
        return last < 0 ? width : offsets[last] + joins.nodes().get(last).target().fields().size();
    }

    /** Every row of the statement, mapped (an immutable list). */
    List<M> list(Database db) {
        return Execution.query(db, statement, rs -> {
            List<M> out = new ArrayList<>();
            while (rs.next()) {
                out.add(map(rs));
            }
            return List.copyOf(out);
        });
    }

    /** The current row as an instance, persisted, with its joined relations filled. */
    M map(ResultSet rs) throws SQLException {
        M instance = root(state, rs, reader, alias);
        if (!joins.isEmpty()) {
            fill(instance, rs);
        }
        return instance;
    }

    /** The root instance of the current row (columns from 1), marked persisted with its deferred fields. */
    static <M extends Entity> M root(QueryState<M> state, ResultSet rs, ValueReader reader, String alias)
            throws SQLException {
        Set<String> deferred = state.deferred();
        M instance;
        if (deferred.isEmpty()) {
            instance = state.model().mapRow(rs, 0, reader);
        } else {
            instance = state.model().newInstance();
            List<Field<M, ?>> fields = state.columns();
            for (int i = 0; i < fields.size(); i++) {
                Execution.copy(fields.get(i), instance, rs, i + 1, reader);
            }
        }
        instance.markPersisted(alias, deferred);
        return instance;
    }

    private void fill(Object root, ResultSet rs) throws SQLException {
        List<Joins.Node> nodes = joins.nodes();
        Object[] row = new Object[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            Joins.Node n = nodes.get(i);
            Object parent = n.parent() < 0 ? root : row[n.parent()];
            ModelMeta<?> target = n.target();
            int pkColumn = offsets[i] + target.fields().indexOf(target.pk()) + 1;
            if (parent == null || rs.getObject(pkColumn) == null) {
                continue;
            }
            Object related = target.mapRow(rs, offsets[i], reader);
            ((Entity) related).markPersisted(alias, Set.of());
            attach(n.key(), parent, related);
            row[i] = related;
        }
    }

    /** The first column offset of every joined model (mapRow reads {@code offset + 1 …}). */
    private static int[] offsets(Joins joins, int rootWidth) {
        int[] offsets = new int[joins.nodes().size()];
        int at = rootWidth;
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = at;
            at += joins.nodes().get(i).target().fields().size();
        }
        return offsets;
    }

    @SuppressWarnings("unchecked")
    static <M, T extends Entity> void attach(ForeignKeyField<M, T> key, Object owner, Object related) {
        key.load((M) owner, (T) related);
    }
}

package dev.jango.db.query;

import dev.jango.db.dialect.Dialect;
import dev.jango.db.expr.Constant;
import dev.jango.db.expr.Expression;
import dev.jango.db.expr.OrderBy;
import dev.jango.db.expr.SqlWriter;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.ForeignKeyField;
import dev.jango.db.meta.ManyToManyField;
import java.util.List;

/**
 * The SELECT of a query that joins: the root's columns, then every joined model's columns in {@link Joins} order,
 * then (for a many-to-many prefetch) the through table's key to the owner. The where-tree, ordering and slice
 * apply to the root exactly as in {@link Compiler#select}; SQL is cached per shape like every other statement.
 *
 * <pre>{@code
 * SELECT "book"."id", …, "j1"."id", "j1"."name", … FROM "book"
 *   INNER JOIN "author" "j1" ON "j1"."id" = "book"."author_id"
 *   LEFT JOIN "publisher" "j2" ON "j2"."id" = "j1"."publisher_id" ORDER BY …
 * }</pre>
 *
 * @param through the many-to-many whose through table is joined to the root (prefetch), or null
 */
record JoinedSelect(QueryState<?> q, List<? extends Expression> columns, Joins joins, ManyToManyField<?, ?> through) {

    Statement statement(Dialect d) {
        StringBuilder key = new StringBuilder(160).append("JOINED:");
        for (Expression c : columns) {
            c.shape(key);
            key.append(',');
        }
        joins.shape(key);
        if (through != null) {
            key.append("|T:").append(through.constant());
        }
        Compiler.shapeTail(key, q);
        String shape = key.toString();
        String sql = d.cache().lookup(shape);
        SqlWriter w = sql != null ? SqlWriter.paramsOnly(d) : SqlWriter.full(d);
        render(w);
        if (sql == null) {
            sql = w.sql();
            d.cache().store(shape, sql);
        }
        return new Statement(sql, w.params());
    }

    /** Number of columns the root's instances take (the joined models' columns start after them). */
    int rootWidth() {
        return columns.size() + q.annotations().size();
    }

    private void render(SqlWriter w) {
        w.sql(q.distinct() ? "SELECT DISTINCT " : "SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            w.sql(i == 0 ? "" : ", ");
            columns.get(i).render(w);
        }
        for (QueryState.Annotation a : q.annotations()) {
            w.sql(", ");
            a.expression().render(w);
            w.sql(" AS ").id(a.name());
        }
        for (Joins.Node n : joins.nodes()) {
            for (Field<?, ?> f : n.target().fields()) {
                w.sql(", ").column(n.alias(), f.column());
            }
        }
        ForeignKeyField<?, ?> owner = through == null ? null : through.sourceField();
        if (owner != null) {
            w.sql(", ").column(owner.model().table(), owner.column());
        }
        w.sql(" FROM ").id(q.model().table());
        if (through != null) {
            ForeignKeyField<?, ?> target = through.targetField();
            w.sql(" INNER JOIN ").id(target.model().table()).sql(" ON ")
                    .column(target.model().table(), target.column()).sql(" = ")
                    .column(q.model().table(), q.model().pk().column());
        }
        for (Joins.Node n : joins.nodes()) {
            w.sql(n.left() ? " LEFT JOIN " : " INNER JOIN ").id(n.target().table()).sql(" ").id(n.alias())
                    .sql(" ON ").column(n.alias(), n.target().pk().column()).sql(" = ")
                    .column(joins.parentAlias(n), n.key().column());
        }
        if (q.where() != Constant.TRUE) {
            w.sql(" WHERE ");
            q.where().render(w);
        }
        if (q.grouped()) {
            List<? extends Expression> group = q.groupBy() != null ? q.groupBy() : columns;
            for (int i = 0; i < group.size(); i++) {
                w.sql(i == 0 ? " GROUP BY " : ", ");
                group.get(i).render(w);
            }
            if (q.groupBy() == null) {
                // An aggregate annotation with selectRelated: the joined columns are selected, so they are grouped
                // too (PostgreSQL and ONLY_FULL_GROUP_BY refuse them otherwise; they depend on the root row anyway).
                for (Joins.Node n : joins.nodes()) {
                    for (Field<?, ?> f : n.target().fields()) {
                        w.sql(", ").column(n.alias(), f.column());
                    }
                }
            }
        }
        if (q.having() != Constant.TRUE) {
            w.sql(" HAVING ");
            q.having().render(w);
        }
        List<OrderBy> ordering = q.ordering();
        for (int i = 0; i < ordering.size(); i++) {
            w.sql(i == 0 ? " ORDER BY " : ", ");
            ordering.get(i).render(w);
        }
        w.dialect().renderLimitOffset(w, q.limit(), q.offset());
        if (q.forUpdate() && w.dialect().features().selectForUpdate()) {
            w.sql(" FOR UPDATE");
        }
    }
}

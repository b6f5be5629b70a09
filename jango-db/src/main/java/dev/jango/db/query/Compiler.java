package dev.jango.db.query;

import dev.jango.db.dialect.Dialect;
import dev.jango.db.expr.Assignment;
import dev.jango.db.expr.Constant;
import dev.jango.db.expr.Expression;
import dev.jango.db.expr.FieldRef;
import dev.jango.db.expr.OrderBy;
import dev.jango.db.expr.SqlWriter;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns a {@link QueryState} into SQL for one dialect. Each statement kind builds a shape key (the AST with the
 * values left out); when the dialect's {@link dev.jango.db.dialect.SqlCache} already holds SQL for that shape,
 * only the parameters are collected.
 *
 * <pre>{@code
 * Compiler.select(Dialect.POSTGRESQL, state, columns)
 * // SELECT "book"."id", "book"."title" FROM "book" WHERE "book"."pages" > ? ORDER BY "book"."id" ASC LIMIT 50
 * }</pre>
 */
final class Compiler {
    private Compiler() {
    }

    /** {@code SELECT cols FROM t WHERE … ORDER BY … LIMIT … OFFSET … [FOR UPDATE]}. */
    static Statement select(Dialect d, QueryState<?> q, List<? extends Expression> columns) {
        StringBuilder key = new StringBuilder(128).append("SELECT:");
        if (allFields(q, columns)) {
            // The common case gets a short key: the column list is implied by the model.
            key.append('*');
        } else {
            for (Expression c : columns) {
                c.shape(key);
                key.append(',');
            }
        }
        shapeTail(key, q);
        return cached(d, key, w -> renderSelect(w, q, columns));
    }

    private static boolean allFields(QueryState<?> q, List<? extends Expression> columns) {
        List<? extends dev.jango.db.meta.Field<?, ?>> fields = q.model().fields();
        if (columns.size() != fields.size()) {
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (!(columns.get(i) instanceof FieldRef ref) || ref.field() != fields.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code SELECT COUNT(*)}, over a derived table when DISTINCT, grouping or a slice must be respected. */
    static Statement count(Dialect d, QueryState<?> q, List<? extends Expression> columns) {
        boolean wrap = q.distinct() || q.sliced() || q.grouped();
        StringBuilder key = new StringBuilder(128).append(wrap ? "COUNT-WRAP:" : "COUNT:");
        if (wrap) {
            for (Expression c : columns) {
                c.shape(key);
            }
        }
        shapeTail(key, q);
        return cached(d, key, w -> {
            if (wrap) {
                w.sql("SELECT COUNT(*) FROM (");
                renderSelect(w, q, columns);
                w.sql(") ").id("sub");
            } else {
                w.sql("SELECT COUNT(*) FROM ").id(q.model().table());
                renderWhere(w, q);
            }
        });
    }

    /** {@code SELECT 1 … LIMIT 1}. */
    static Statement exists(Dialect d, QueryState<?> q) {
        boolean wrap = q.sliced() || q.grouped();
        QueryState<?> probe = wrap ? q : q.ordering(List.of()).slice(1L, null);
        // The wrapped and the plain form must never share a cache entry, even when their tails look alike.
        StringBuilder key = new StringBuilder(128).append(wrap ? "EXISTS-SLICE:" : "EXISTS:");
        shapeTail(key, probe);
        return cached(d, key, w -> {
            if (wrap) {
                // A slice must be applied before asking whether anything is left in it.
                w.sql("SELECT 1 FROM (");
                renderSelect(w, probe, List.of(new FieldRef(q.model().pk())));
                w.sql(") ").id("sub").sql(" LIMIT 1");
            } else {
                w.sql("SELECT 1 FROM ").id(q.model().table());
                renderWhere(w, probe);
                d.renderLimitOffset(w, 1L, null);
            }
        });
    }

    /** {@code UPDATE t SET c = expr, … WHERE …}. */
    static Statement update(Dialect d, QueryState<?> q, List<Assignment> assignments) {
        StringBuilder key = new StringBuilder(128).append("UPDATE:");
        for (Assignment a : assignments) {
            key.append(a.field().column()).append('=');
            a.value().shape(key);
            key.append(',');
        }
        shapeTail(key, q);
        return cached(d, key, w -> {
            w.sql("UPDATE ").id(q.model().table()).sql(" SET ");
            for (int i = 0; i < assignments.size(); i++) {
                Assignment a = assignments.get(i);
                w.sql(i == 0 ? "" : ", ").id(a.field().column()).sql(" = ");
                a.value().render(w);
            }
            renderWhere(w, q);
        });
    }

    /** {@code DELETE FROM t WHERE …}. */
    static Statement delete(Dialect d, QueryState<?> q) {
        StringBuilder key = new StringBuilder(128).append("DELETE:");
        shapeTail(key, q);
        return cached(d, key, w -> {
            w.sql("DELETE FROM ").id(q.model().table());
            renderWhere(w, q);
        });
    }

    /** {@code SELECT agg AS "name", … FROM t WHERE …} over the (ungrouped, unsliced) query. */
    static Statement aggregate(Dialect d, QueryState<?> q, List<QueryState.Annotation> aggregates) {
        StringBuilder key = new StringBuilder(128).append("AGGREGATE:");
        for (QueryState.Annotation a : aggregates) {
            key.append(a.name()).append('=');
            a.expression().shape(key);
            key.append(',');
        }
        shapeTail(key, q);
        return cached(d, key, w -> {
            w.sql("SELECT ");
            for (int i = 0; i < aggregates.size(); i++) {
                w.sql(i == 0 ? "" : ", ");
                aggregates.get(i).expression().render(w);
                w.sql(" AS ").id(aggregates.get(i).name());
            }
            w.sql(" FROM ").id(q.model().table());
            renderWhere(w, q);
        });
    }

    static void renderSelect(SqlWriter w, QueryState<?> q, List<? extends Expression> columns) {
        renderSelect(w, q, columns, true);
    }

    /** The SELECT; a subquery leaves the annotations out of its one-column select list. */
    static void renderSelect(SqlWriter w, QueryState<?> q, List<? extends Expression> columns,
                             boolean withAnnotations) {
        w.sql(q.distinct() ? "SELECT DISTINCT " : "SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            w.sql(i == 0 ? "" : ", ");
            columns.get(i).render(w);
        }
        if (withAnnotations) {
            for (QueryState.Annotation a : q.annotations()) {
                w.sql(", ");
                a.expression().render(w);
                w.sql(" AS ").id(a.name());
            }
        }
        w.sql(" FROM ").id(q.model().table());
        renderWhere(w, q);
        if (q.grouped()) {
            List<? extends Expression> group = q.groupBy() != null ? q.groupBy() : columns;
            for (int i = 0; i < group.size(); i++) {
                w.sql(i == 0 ? " GROUP BY " : ", ");
                group.get(i).render(w);
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

    private static void renderWhere(SqlWriter w, QueryState<?> q) {
        if (q.where() != Constant.TRUE) {
            w.sql(" WHERE ");
            q.where().render(w);
        }
    }

    static void shapeTail(StringBuilder key, QueryState<?> q) {
        key.append("|FROM:").append(q.model().table()).append("|WHERE:");
        q.where().shape(key);
        key.append("|ORDER:");
        for (OrderBy o : q.ordering()) {
            o.shape(key);
            key.append(',');
        }
        for (QueryState.Annotation a : q.annotations()) {
            key.append("|A:").append(a.name()).append('=');
            a.expression().shape(key);
        }
        if (q.groupBy() != null) {
            key.append("|G:");
            for (Expression g : q.groupBy()) {
                g.shape(key);
                key.append(',');
            }
        }
        if (q.having() != Constant.TRUE) {
            key.append("|H:");
            q.having().shape(key);
        }
        // LIMIT and OFFSET are written into the SQL (Dialect.renderLimitOffset), so their values are part of the shape.
        key.append(q.distinct() ? "|D" : "");
        if (q.limit() != null) {
            key.append("|L").append(q.limit().longValue());
        }
        if (q.offset() != null) {
            key.append("|O").append(q.offset().longValue());
        }
        key.append(q.forUpdate() ? "|U" : "");
    }

    private static Statement cached(Dialect d, StringBuilder key, Consumer<SqlWriter> render) {
        String shape = key.toString();
        String sql = d.cache().lookup(shape);
        if (sql != null) {
            SqlWriter w = SqlWriter.paramsOnly(d);
            render.accept(w);
            return new Statement(sql, w.params());
        }
        SqlWriter w = SqlWriter.full(d);
        render.accept(w);
        String text = w.sql();
        d.cache().store(shape, text);
        return new Statement(text, w.params());
    }
}

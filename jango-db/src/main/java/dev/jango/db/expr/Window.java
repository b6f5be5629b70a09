package dev.jango.db.expr;

import dev.jango.db.meta.Field;
import dev.jango.db.meta.FieldKind;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code function OVER (PARTITION BY … ORDER BY …)}: a ranking function or an aggregate computed per row over
 * its window. Usable in annotate and ordering, never in filter (SQL evaluates windows after WHERE).
 *
 * <pre>{@code
 * Window.rank().partitionBy(BOOK.format).orderBy(BOOK.pages.desc())
 * Sum.of(BOOK.pages).over().orderBy(BOOK.id.asc())      // running total
 * }</pre>
 *
 * @param function    a {@link Ranking} or an {@link Aggregate}
 * @param partitionBy the partition expressions (empty: one partition)
 * @param orderBy     the order within a partition
 */
public record Window(Expression function, List<Expression> partitionBy, List<OrderBy> orderBy)
        implements Expression {
    public Window {
        partitionBy = List.copyOf(partitionBy);
        orderBy = List.copyOf(orderBy);
    }

    public static Window rowNumber() {
        return of(new Ranking(Ranking.Function.ROW_NUMBER, null, 0));
    }

    public static Window rank() {
        return of(new Ranking(Ranking.Function.RANK, null, 0));
    }

    public static Window denseRank() {
        return of(new Ranking(Ranking.Function.DENSE_RANK, null, 0));
    }

    /** The value of {@code field} {@code offset} rows before this one in the window (NULL before the first). */
    public static Window lag(Field<?, ?> field, int offset) {
        return of(new Ranking(Ranking.Function.LAG, new FieldRef(field), offset));
    }

    /** The value of {@code field} {@code offset} rows after this one in the window (NULL after the last). */
    public static Window lead(Field<?, ?> field, int offset) {
        return of(new Ranking(Ranking.Function.LEAD, new FieldRef(field), offset));
    }

    private static Window of(Ranking ranking) {
        return new Window(ranking, List.of(), List.of());
    }

    /** Partitions by fields or expressions. */
    public Window partitionBy(Object... expressions) {
        List<Expression> parts = new ArrayList<>();
        for (Object e : expressions) {
            parts.add(Expressions.operand(e, null));
        }
        return new Window(function, parts, orderBy);
    }

    public Window orderBy(OrderBy... order) {
        return new Window(function, partitionBy, List.of(order));
    }

    @Override
    public FieldKind kind() {
        return function.kind();
    }

    @Override
    public void render(SqlWriter w) {
        function.render(w);
        w.sql(" OVER (");
        for (int i = 0; i < partitionBy.size(); i++) {
            w.sql(i == 0 ? "PARTITION BY " : ", ");
            partitionBy.get(i).render(w);
        }
        for (int i = 0; i < orderBy.size(); i++) {
            w.sql(i == 0 ? (partitionBy.isEmpty() ? "ORDER BY " : " ORDER BY ") : ", ");
            orderBy.get(i).render(w);
        }
        w.sql(")");
    }

    @Override
    public void shape(StringBuilder key) {
        key.append("OVER(");
        function.shape(key);
        key.append("|P:");
        for (Expression p : partitionBy) {
            p.shape(key);
            key.append(',');
        }
        key.append("|O:");
        for (OrderBy o : orderBy) {
            o.shape(key);
            key.append(',');
        }
        key.append(')');
    }
}

package dev.jango.db.expr;

import dev.jango.db.meta.FieldKind;
import dev.jango.db.query.ExpressionError;
import java.util.List;

/**
 * An aggregate call: {@code COUNT}, {@code SUM}, {@code AVG}, {@code MIN} or {@code MAX}, optionally over
 * distinct values and restricted by a filter condition ({@code FILTER (WHERE …)} on PostgreSQL and SQLite, a
 * {@code CASE WHEN} argument on MariaDB). Built through {@link Count}, {@link Sum}, {@link Avg}, {@link Min} and
 * {@link Max}.
 *
 * <pre>{@code
 * Count.of(BOOK.id).distinct()                     // COUNT(DISTINCT "book"."id")
 * Sum.of(BOOK.price).filter(BOOK.pages.gt(100))    // SUM("book"."price") FILTER (WHERE "book"."pages" > ?)
 * }</pre>
 *
 * @param function the aggregate function
 * @param source   the aggregated expression; null for {@code COUNT(*)}
 * @param distinctOnly aggregate distinct values only
 * @param filter   rows taken into account, or null for all
 */
public record Aggregate(Function function, Expression source, boolean distinctOnly, Condition filter)
        implements Expression {
    /** The aggregate functions. */
    public enum Function {
        COUNT, SUM, AVG, MIN, MAX
    }

    private static final List<FieldKind> NUMERIC = List.of(FieldKind.AUTO, FieldKind.BIG_AUTO, FieldKind.INT,
            FieldKind.LONG, FieldKind.DOUBLE, FieldKind.DECIMAL);

    public Aggregate {
        if (source instanceof Aggregate || source instanceof Window) {
            throw new ExpressionError(function + ": cannot aggregate over " + source);
        }
    }

    /** {@code fn(source)}, checking that SUM and AVG get a number (a PathRef is checked once resolved). */
    static Aggregate of(Function function, Expression source) {
        Aggregate a = new Aggregate(function, source, false, null);
        a.check();
        return a;
    }

    /** Fails when SUM or AVG is asked of a non-numeric expression. */
    public Aggregate check() {
        if ((function == Function.SUM || function == Function.AVG) && source != null
                && !(source instanceof PathRef) && !NUMERIC.contains(source.kind())) {
            String what = source instanceof FieldRef ref ? ref.field().toString() : source.toString();
            throw new ExpressionError(function + " needs a numeric field, but " + what + " is " + source.kind());
        }
        return this;
    }

    /** Aggregates distinct values only. */
    public Aggregate distinct() {
        return new Aggregate(function, source, true, filter);
    }

    /** Aggregates only rows matching {@code condition} (several calls combine with AND). */
    public Aggregate filter(Condition condition) {
        return new Aggregate(function, source, distinctOnly, filter == null ? condition : filter.and(condition));
    }

    /** This aggregate as a window function: {@code SUM(x) OVER (…)}. */
    public Window over() {
        return new Window(this, List.of(), List.of());
    }

    @Override
    public FieldKind kind() {
        if (function == Function.COUNT) {
            return FieldKind.LONG;
        }
        FieldKind k = source.kind();
        return switch (function) {
            case SUM -> k == FieldKind.DECIMAL || k == FieldKind.DOUBLE ? k : FieldKind.LONG;
            case AVG -> k == FieldKind.DECIMAL ? FieldKind.DECIMAL : FieldKind.DOUBLE;
            default -> k == FieldKind.AUTO ? FieldKind.INT : k == FieldKind.BIG_AUTO ? FieldKind.LONG : k;
        };
    }

    @Override
    public void render(SqlWriter w) {
        w.dialect().renderAggregate(w, this);
    }

    @Override
    public void shape(StringBuilder key) {
        key.append("AGG:").append(function).append(distinctOnly ? "D(" : "(");
        if (source != null) {
            source.shape(key);
        }
        key.append(')');
        if (filter != null) {
            key.append("F(");
            filter.shape(key);
            key.append(')');
        }
    }
}

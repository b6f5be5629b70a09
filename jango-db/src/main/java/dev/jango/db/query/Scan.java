package dev.jango.db.query;

import dev.jango.db.expr.Aggregate;
import dev.jango.db.expr.Arithmetic;
import dev.jango.db.expr.Case;
import dev.jango.db.expr.Cast;
import dev.jango.db.expr.Compare;
import dev.jango.db.expr.Condition;
import dev.jango.db.expr.DatePart;
import dev.jango.db.expr.Expression;
import dev.jango.db.expr.Func;
import dev.jango.db.expr.In;
import dev.jango.db.expr.InQuery;
import dev.jango.db.expr.IsNull;
import dev.jango.db.expr.Junction;
import dev.jango.db.expr.Not;
import dev.jango.db.expr.Range;
import dev.jango.db.expr.Regex;
import dev.jango.db.expr.TextMatch;
import dev.jango.db.expr.Trunc;
import dev.jango.db.expr.Window;

/**
 * Finds aggregates and windows in a tree, without entering subqueries (they are queries of their own): an
 * aggregate in a filter sends it to HAVING, a window there is an error, and aggregate annotations make the query
 * grouped.
 */
final class Scan {
    private Scan() {
    }

    /** The first aggregate or window in {@code c}, or null. */
    static Expression find(Condition c, Class<? extends Expression> type) {
        return switch (c) {
            case Junction j -> {
                for (Condition part : j.parts()) {
                    Expression found = find(part, type);
                    if (found != null) {
                        yield found;
                    }
                }
                yield null;
            }
            case Not n -> find(n.condition(), type);
            case Compare cmp -> first(find(cmp.left(), type), find(cmp.right(), type));
            case IsNull n -> find(n.expression(), type);
            case Range r -> first(find(r.expression(), type), first(find(r.low(), type), find(r.high(), type)));
            case In in -> find(in.expression(), type);
            case InQuery iq -> find(iq.expression(), type);
            case TextMatch m -> find(m.expression(), type);
            case Regex r -> find(r.expression(), type);
            default -> null;
        };
    }

    /** The first node of {@code type} in {@code e}, or null; a window's own aggregate does not count. */
    static Expression find(Expression e, Class<? extends Expression> type) {
        if (type.isInstance(e)) {
            return e;
        }
        return switch (e) {
            case Arithmetic a -> first(find(a.left(), type), find(a.right(), type));
            case DatePart d -> find(d.source(), type);
            case Func f -> {
                for (Expression arg : f.args()) {
                    Expression found = find(arg, type);
                    if (found != null) {
                        yield found;
                    }
                }
                yield null;
            }
            case Cast c -> find(c.source(), type);
            case Trunc t -> find(t.source(), type);
            case Case c -> {
                for (Case.When when : c.whens()) {
                    Expression found = first(find(when.condition(), type), find(when.then(), type));
                    if (found != null) {
                        yield found;
                    }
                }
                yield c.otherwise() == null ? null : find(c.otherwise(), type);
            }
            case Aggregate a -> a.source() == null ? null : find(a.source(), type);
            case Window w -> null;
            default -> null;
        };
    }

    private static Expression first(Expression a, Expression b) {
        return a != null ? a : b;
    }
}

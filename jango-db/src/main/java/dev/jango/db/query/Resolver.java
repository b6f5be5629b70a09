package dev.jango.db.query;

import dev.jango.db.expr.Aggregate;
import dev.jango.db.expr.Arithmetic;
import dev.jango.db.expr.Case;
import dev.jango.db.expr.Cast;
import dev.jango.db.expr.Compare;
import dev.jango.db.expr.Condition;
import dev.jango.db.expr.DatePart;
import dev.jango.db.expr.Exists;
import dev.jango.db.expr.Expression;
import dev.jango.db.expr.FieldRef;
import dev.jango.db.expr.Func;
import dev.jango.db.expr.In;
import dev.jango.db.expr.InQuery;
import dev.jango.db.expr.IsNull;
import dev.jango.db.expr.Junction;
import dev.jango.db.expr.Not;
import dev.jango.db.expr.OrderBy;
import dev.jango.db.expr.OuterRef;
import dev.jango.db.expr.PathRef;
import dev.jango.db.expr.Range;
import dev.jango.db.expr.Ranking;
import dev.jango.db.expr.Subquery;
import dev.jango.db.expr.Trunc;
import dev.jango.db.expr.Value;
import dev.jango.db.expr.Values;
import dev.jango.db.expr.Window;
import dev.jango.db.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replaces names by what they denote before any SQL exists: {@code F("name")} by the model's field or by the
 * annotation of that name, and (when resolving a subquery for its outer query) {@code OuterRef("name")} by the
 * outer model's field. Values compared with a name get the kind of what it resolved to.
 *
 * @param model       the model names are looked up in
 * @param annotations the query's annotations by name (an annotation reference becomes its expression)
 * @param outer       the enclosing query's model, or null outside a subquery attachment
 */
record Resolver(ModelMeta<?> model, Map<String, Expression> annotations, ModelMeta<?> outer) {

    static Resolver of(ModelMeta<?> model) {
        return new Resolver(model, Map.of(), null);
    }

    Expression expression(Expression e) {
        return switch (e) {
            case PathRef p -> {
                Expression annotated = annotations.get(p.name());
                yield annotated != null ? annotated : new FieldRef(Paths.field(model, p.name(), p.name()));
            }
            case OuterRef o -> outer == null ? o : new FieldRef(Paths.field(outer, o.name(), "OuterRef"));
            case Arithmetic a -> {
                Expression left = expression(a.left());
                Expression right = expression(a.right());
                if (right instanceof Value v && v.kind() == null) {
                    right = new Value(Values.convert(left.toString(), left.kind(), v.value()), left.kind());
                }
                yield new Arithmetic(left, a.op(), right);
            }
            case DatePart d -> new DatePart(d.part(), expression(d.source()));
            case Aggregate a -> new Aggregate(a.function(), a.source() == null ? null : expression(a.source()),
                    a.distinctOnly(), a.filter() == null ? null : condition(a.filter())).check();
            case Func f -> new Func(f.name(), expressions(f.args()));
            case Cast c -> new Cast(expression(c.source()), c.target());
            case Trunc t -> new Trunc(t.unit(), expression(t.source()));
            case Case c -> {
                List<Case.When> whens = new ArrayList<>();
                for (Case.When when : c.whens()) {
                    whens.add(new Case.When(condition(when.condition()), expression(when.then())));
                }
                yield new Case(whens, c.otherwise() == null ? null : expression(c.otherwise()));
            }
            case Window win -> new Window(expression(win.function()), expressions(win.partitionBy()),
                    orders(win.orderBy()));
            case Ranking r -> r.source() == null ? r : new Ranking(r.function(), expression(r.source()), r.offset());
            case Subquery s -> new Subquery(s.query().resolveOuter(model), s.kind());
            case Exists x -> new Exists(x.query().resolveOuter(model));
            default -> e;
        };
    }

    List<Expression> expressions(List<Expression> list) {
        List<Expression> out = new ArrayList<>(list.size());
        for (Expression e : list) {
            out.add(expression(e));
        }
        return out;
    }

    List<OrderBy> orders(List<OrderBy> list) {
        List<OrderBy> out = new ArrayList<>(list.size());
        for (OrderBy o : list) {
            out.add(new OrderBy(expression(o.expression()), o.ascending(), o.nulls()));
        }
        return out;
    }

    Condition condition(Condition c) {
        return switch (c) {
            case Junction j -> {
                List<Condition> parts = new ArrayList<>();
                for (Condition part : j.parts()) {
                    parts.add(condition(part));
                }
                yield new Junction(j.conjunction(), parts);
            }
            case Not n -> new Not(condition(n.condition()));
            case Compare cmp -> {
                Expression left = expression(cmp.left());
                Expression right = expression(cmp.right());
                if (right instanceof Value v && v.kind() == null) {
                    yield compare(left, cmp.op(), v.value());
                }
                yield new Compare(left, cmp.op(), right);
            }
            case IsNull n -> new IsNull(expression(n.expression()), n.isNull());
            case Range r -> {
                Expression left = expression(r.expression());
                if (untyped(r.low()) || untyped(r.high())) {
                    yield left.range(((Value) r.low()).value(), ((Value) r.high()).value());
                }
                yield new Range(left, expression(r.low()), expression(r.high()));
            }
            case In in -> {
                Expression left = expression(in.expression());
                List<Object> raw = new ArrayList<>();
                boolean untyped = false;
                for (Expression v : in.values()) {
                    untyped |= untyped(v);
                    raw.add(v instanceof Value value ? value.value() : expression(v));
                }
                yield untyped ? left.in(raw) : new In(left, expressions(in.values()));
            }
            case InQuery iq -> new InQuery(expression(iq.expression()), iq.query().resolveOuter(model));
            case Exists x -> new Exists(x.query().resolveOuter(model));
            default -> c;
        };
    }

    /** A value compared with {@code F("name")}: its kind is known only once the name is resolved. */
    private static boolean untyped(Expression e) {
        return e instanceof Value v && v.kind() == null;
    }

    private static Condition compare(Expression left, Compare.Op op, Object value) {
        return switch (op) {
            case EQ -> left.eq(value);
            case GT -> left.gt(value);
            case GTE -> left.gte(value);
            case LT -> left.lt(value);
            case LTE -> left.lte(value);
        };
    }
}

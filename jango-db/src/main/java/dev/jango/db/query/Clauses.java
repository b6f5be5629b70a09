package dev.jango.db.query;

import java.util.Map;
import dev.jango.db.expr.Aggregate;
import dev.jango.db.expr.Condition;
import dev.jango.db.expr.Expression;
import dev.jango.db.expr.FieldRef;
import dev.jango.db.expr.OrderBy;
import dev.jango.db.expr.Window;
import dev.jango.db.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The annotation rules shared by {@link QuerySet} and {@link ValuesQuery}: where a filter goes (WHERE, or HAVING
 * when it tests an aggregate), which names an annotation may take, and how names resolve against annotations.
 */
final class Clauses {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Clauses() {
    }

    static Resolver resolver(QueryState<?> state) {
        return new Resolver(state.model(), state.annotationMap(), null);
    }

    /** Adds an already resolved condition: to HAVING when it tests an aggregate, else to WHERE. */
    static <M> QueryState<M> filter(QueryState<M> state, Condition c) {
        Expression window = Scan.find(c, Window.class);
        if (window != null) {
            throw new ExpressionError(state.model().name() + ": a window function cannot be used in filter()"
                    + " (SQL computes windows after WHERE): " + window);
        }
        Expression aggregate = Scan.find(c, Aggregate.class);
        if (aggregate == null) {
            return state.where(state.where().and(c));
        }
        if (!state.grouped()) {
            throw new ExpressionError(state.model().name() + ": filter on aggregate " + aggregate
                    + " needs a grouped query: annotate(name, aggregate) first, then filter on F.of(name)");
        }
        return state.having(state.having().and(c));
    }

    /** Adds annotation {@code name}, checking the name and resolving the expression's names. */
    static <M> QueryState<M> annotate(QueryState<M> state, String name, Expression expression) {
        ModelMeta<M> model = state.model();
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ExpressionError(model.name() + ": annotation name '" + name + "' is not an identifier");
        }
        if (name.equals("pk") || model.field(name).isPresent()) {
            throw new ExpressionError(model.name() + ": the annotation '" + name + "' conflicts with the field "
                    + model.name() + "." + (name.equals("pk") ? model.pk().name() : name));
        }
        if (state.annotationMap().containsKey(name)) {
            throw new ExpressionError(model.name() + ": the annotation '" + name + "' is already defined");
        }
        List<QueryState.Annotation> all = new ArrayList<>(state.annotations());
        all.add(new QueryState.Annotation(name, resolver(state).expression(expression)));
        return state.annotate(all);
    }

    /** The order items with names resolved against fields and annotations. */
    static List<OrderBy> order(QueryState<?> state, OrderBy[] order) {
        return resolver(state).orders(List.of(order));
    }

    /** {@code "-name"} where name is an annotation, or null when it is not one. */
    static OrderBy annotationOrder(QueryState<?> state, String spec) {
        boolean descending = spec.startsWith("-");
        Expression e = state.annotationMap().get(descending ? spec.substring(1) : spec);
        if (e == null) {
            return null;
        }
        return descending ? e.desc() : e.asc();
    }

    /** {@code "n__gte"} where n is an annotation, or null when the path does not start with one. */
    static Condition annotationCondition(QueryState<?> state, String path, Object value) {
        String[] parts = path.split("__", -1);
        Expression lhs = state.annotationMap().get(parts[0]);
        if (lhs == null) {
            return null;
        }
        String lookup = parts.length == 1 ? "exact" : parts[1];
        if (parts.length > 2) {
            throw new FieldError(state.model().name(), parts[2], state.model().name() + ": annotation '" + parts[0]
                    + "' takes one lookup, not '" + path + "'", List.of("exact", "gt", "gte", "lt", "lte", "isnull"));
        }
        return switch (lookup) {
            case "exact" -> lhs.eq(value);
            case "gt" -> lhs.gt(value);
            case "gte" -> lhs.gte(value);
            case "lt" -> lhs.lt(value);
            case "lte" -> lhs.lte(value);
            case "isnull" -> lhs.isNull(Boolean.TRUE.equals(value));
            default -> throw new FieldError(state.model().name(), lookup, state.model().name() + ": annotation '"
                    + parts[0] + "' has no lookup '" + lookup + "'", List.of("exact", "gt", "gte", "lt", "lte",
                    "isnull"));
        };
    }

    static List<Expression> refs(List<? extends dev.jango.db.meta.Field<?, ?>> fields) {
        List<Expression> out = new ArrayList<>();
        for (var f : fields) {
            out.add(new FieldRef(f));
        }
        return out;
    }

    /** A filter path ({@code "pages__gte"}) as a condition: on an annotation when it names one, else a field. */
    static Condition pathCondition(QueryState<?> state, String path, Object value) {
        Condition c = annotationCondition(state, path, value);
        return c != null ? c : Paths.condition(state.model(), path, value);
    }

    /** Every path of {@code lookups} ANDed. */
    static Condition fromMap(QueryState<?> state, Map<String, ?> lookups) {
        List<Condition> parts = new ArrayList<>();
        for (Map.Entry<String, ?> e : lookups.entrySet()) {
            parts.add(pathCondition(state, e.getKey(), e.getValue()));
        }
        return Condition.all(parts);
    }

    /** Typed conditions with their annotation and outer references resolved against {@code state}. */
    static List<Condition> resolved(QueryState<?> state, Condition[] conditions) {
        List<Condition> out = new ArrayList<>(conditions.length);
        for (Condition c : conditions) {
            out.add(resolver(state).condition(c));
        }
        return out;
    }
}

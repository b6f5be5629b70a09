package dev.jango.db.query;

import dev.jango.db.expr.Condition;
import dev.jango.db.expr.Constant;
import dev.jango.db.expr.Expression;
import dev.jango.db.expr.OrderBy;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The immutable query AST behind a {@link QuerySet}: model, where-tree, ordering, slice, selected columns.
 * Joins, annotations and grouping (issue 3) extend this record with further components; the compiler reads
 * them in clause order, so adding one touches one render step.
 *
 * @param model     the queried model
 * @param where     the where-tree ({@link Constant#TRUE} when unfiltered)
 * @param ordering  ORDER BY items; empty means unordered
 * @param distinct  SELECT DISTINCT
 * @param limit     LIMIT, or null
 * @param offset    OFFSET, or null
 * @param columns   the fields loaded into instances (all, unless only/defer narrowed them)
 * @param forUpdate SELECT … FOR UPDATE (where the backend has it)
 * @param annotations named expressions selected after the columns ({@code expr AS "name"})
 * @param groupBy   explicit GROUP BY (from {@code values(…).annotate(…)}), or null: grouped by every selected
 *                  column when an annotation aggregates
 * @param having    the HAVING tree ({@link Constant#TRUE} when none)
 */
record QueryState<M>(
        ModelMeta<M> model,
        Condition where,
        List<OrderBy> ordering,
        boolean distinct,
        Long limit,
        Long offset,
        List<Field<M, ?>> columns,
        boolean forUpdate,
        List<Annotation> annotations,
        List<Expression> groupBy,
        Condition having) {

    /** One named annotation. */
    record Annotation(String name, Expression expression) {
    }

    QueryState {
        ordering = List.copyOf(ordering);
        columns = List.copyOf(columns);
        annotations = List.copyOf(annotations);
        groupBy = groupBy == null ? null : List.copyOf(groupBy);
    }

    QueryState(ModelMeta<M> model, Condition where, List<OrderBy> ordering, boolean distinct, Long limit,
               Long offset, List<Field<M, ?>> columns, boolean forUpdate) {
        this(model, where, ordering, distinct, limit, offset, columns, forUpdate, List.of(), null, Constant.TRUE);
    }

    static <M> QueryState<M> of(ModelMeta<M> model, List<OrderBy> defaultOrdering) {
        return new QueryState<>(model, Constant.TRUE, defaultOrdering, false, null, null, model.fields(), false);
    }

    QueryState<M> where(Condition condition) {
        return new QueryState<>(model, condition, ordering, distinct, limit, offset, columns, forUpdate,
                annotations, groupBy, having);
    }

    QueryState<M> ordering(List<OrderBy> order) {
        return new QueryState<>(model, where, order, distinct, limit, offset, columns, forUpdate,
                annotations, groupBy, having);
    }

    QueryState<M> distinct(boolean on) {
        return new QueryState<>(model, where, ordering, on, limit, offset, columns, forUpdate,
                annotations, groupBy, having);
    }

    QueryState<M> slice(Long newLimit, Long newOffset) {
        return new QueryState<>(model, where, ordering, distinct, newLimit, newOffset, columns, forUpdate,
                annotations, groupBy, having);
    }

    QueryState<M> columns(List<Field<M, ?>> fields) {
        return new QueryState<>(model, where, ordering, distinct, limit, offset, fields, forUpdate,
                annotations, groupBy, having);
    }

    QueryState<M> forUpdate(boolean on) {
        return new QueryState<>(model, where, ordering, distinct, limit, offset, columns, on,
                annotations, groupBy, having);
    }

    QueryState<M> annotate(List<Annotation> all) {
        return new QueryState<>(model, where, ordering, distinct, limit, offset, columns, forUpdate, all, groupBy,
                having);
    }

    QueryState<M> groupBy(List<Expression> group) {
        return new QueryState<>(model, where, ordering, distinct, limit, offset, columns, forUpdate, annotations,
                group, having);
    }

    QueryState<M> having(Condition condition) {
        return new QueryState<>(model, where, ordering, distinct, limit, offset, columns, forUpdate, annotations,
                groupBy, condition);
    }

    /** The annotations by name, in order. */
    java.util.Map<String, Expression> annotationMap() {
        java.util.Map<String, Expression> map = new java.util.LinkedHashMap<>();
        for (Annotation a : annotations) {
            map.put(a.name(), a.expression());
        }
        return map;
    }

    /** Whether the SELECT needs GROUP BY: explicit grouping, or an aggregate among the annotations. */
    boolean grouped() {
        if (groupBy != null) {
            return true;
        }
        for (Annotation a : annotations) {
            if (Scan.find(a.expression(), dev.jango.db.expr.Aggregate.class) != null) {
                return true;
            }
        }
        return false;
    }

    boolean sliced() {
        return limit != null || offset != null;
    }

    /** Names of the model's fields not loaded (only/defer). */
    Set<String> deferred() {
        if (columns.size() == model.fields().size()) {
            return Set.of();
        }
        List<String> names = new ArrayList<>();
        for (Field<M, ?> f : model.fields()) {
            if (!columns.contains(f)) {
                names.add(f.name());
            }
        }
        return Set.copyOf(names);
    }
}

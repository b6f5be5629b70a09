package dev.jango.db.expr;

import dev.jango.db.meta.FieldKind;
import java.util.Collection;

/**
 * A value-producing SQL node: a column, a bound value, arithmetic over them, or a transform such as a date part.
 * Expressions render themselves per dialect and carry the storage kind of their result, so values compared with
 * them are bound with the right type.
 *
 * <pre>{@code
 * BOOK.price.times(2).gt(new BigDecimal("30"))   // "book"."price" * ? > ?
 * F.of("pages").plus(1)                          // resolved against the QuerySet's model
 * }</pre>
 */
public sealed interface Expression permits FieldRef, Value, Arithmetic, DatePart, PathRef, Aggregate, Func, Cast, Trunc, Case, OuterRef,
        Subquery, Exists, Window, Ranking {

    /** The storage kind of the result (a date part is an INT, {@code price * 2} a DECIMAL). */
    FieldKind kind();

    /** Renders this expression; values become placeholders. */
    void render(SqlWriter w);

    /** Appends this node's shape: everything that decides the SQL text, never the bound values. */
    void shape(StringBuilder key);

    default Expression plus(Object other) {
        return new Arithmetic(this, Arithmetic.Op.ADD, Expressions.operand(other, kind()));
    }

    default Expression minus(Object other) {
        return new Arithmetic(this, Arithmetic.Op.SUB, Expressions.operand(other, kind()));
    }

    default Expression times(Object other) {
        return new Arithmetic(this, Arithmetic.Op.MUL, Expressions.operand(other, kind()));
    }

    default Expression div(Object other) {
        return new Arithmetic(this, Arithmetic.Op.DIV, Expressions.operand(other, kind()));
    }

    default Condition eq(Object value) {
        return Compare.of(this, Compare.Op.EQ, value);
    }

    default Condition ne(Object value) {
        return eq(value).not();
    }

    default Condition gt(Object value) {
        return Compare.of(this, Compare.Op.GT, value);
    }

    default Condition gte(Object value) {
        return Compare.of(this, Compare.Op.GTE, value);
    }

    default Condition lt(Object value) {
        return Compare.of(this, Compare.Op.LT, value);
    }

    default Condition lte(Object value) {
        return Compare.of(this, Compare.Op.LTE, value);
    }

    default Condition range(Object low, Object high) {
        return Range.of(this, low, high);
    }

    default Condition in(Collection<?> values) {
        return In.of(this, values);
    }

    default Condition isNull(boolean isNull) {
        return new IsNull(this, isNull);
    }

    default OrderBy asc() {
        return new OrderBy(this, true, OrderBy.Nulls.DEFAULT);
    }

    default OrderBy desc() {
        return new OrderBy(this, false, OrderBy.Nulls.DEFAULT);
    }
}

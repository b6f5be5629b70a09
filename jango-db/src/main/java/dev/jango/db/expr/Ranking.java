package dev.jango.db.expr;

import dev.jango.db.meta.FieldKind;

/**
 * A function valid only over a window: {@code ROW_NUMBER()}, {@code RANK()}, {@code DENSE_RANK()},
 * {@code LAG(x, n)}, {@code LEAD(x, n)}. Used through {@link Window}'s factories.
 *
 * @param function which function
 * @param source   the expression of LAG/LEAD (null for the ranking ones)
 * @param offset   the row distance of LAG/LEAD
 */
public record Ranking(Function function, Expression source, int offset) implements Expression {
    /** The window-only functions. */
    public enum Function {
        ROW_NUMBER, RANK, DENSE_RANK, LAG, LEAD
    }

    @Override
    public FieldKind kind() {
        return source == null ? FieldKind.LONG : source.kind();
    }

    @Override
    public void render(SqlWriter w) {
        w.sql(function.name()).sql("(");
        if (source != null) {
            source.render(w);
            w.sql(", ").sql(Integer.toString(offset));
        }
        w.sql(")");
    }

    @Override
    public void shape(StringBuilder key) {
        key.append(function).append('(');
        if (source != null) {
            source.shape(key);
            key.append(',').append(offset);
        }
        key.append(')');
    }
}

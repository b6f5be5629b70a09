package dev.jango.db.expr;

import dev.jango.db.meta.FieldKind;

/**
 * {@code left op right}, always parenthesised so nested arithmetic keeps its meaning in SQL.
 *
 * <pre>{@code BOOK.price.times(2).plus(1)   // (("book"."price" * ?) + ?)}</pre>
 *
 * @param left  left operand
 * @param op    the operator
 * @param right right operand
 */
public record Arithmetic(Expression left, Op op, Expression right) implements Expression {
    /** The arithmetic operators. */
    public enum Op {
        ADD(" + "), SUB(" - "), MUL(" * "), DIV(" / ");

        private final String sql;

        Op(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    @Override
    public FieldKind kind() {
        return left.kind();
    }

    @Override
    public void render(SqlWriter w) {
        w.sql("(");
        left.render(w);
        w.sql(op.sql());
        right.render(w);
        w.sql(")");
    }

    @Override
    public void shape(StringBuilder key) {
        key.append('(');
        left.shape(key);
        key.append(op.name());
        right.shape(key);
        key.append(')');
    }
}

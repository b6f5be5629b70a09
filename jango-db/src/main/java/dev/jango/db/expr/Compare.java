package dev.jango.db.expr;

/**
 * A binary comparison: {@code exact}, {@code gt}, {@code gte}, {@code lt}, {@code lte}. Equality of text is
 * case-sensitive on every backend (the dialect adds what MariaDB's case-insensitive collations need).
 *
 * @param left  the compared expression
 * @param op    the operator
 * @param right the value or expression compared with
 */
public record Compare(Expression left, Op op, Expression right) implements Condition {
    /** Comparison operators. */
    public enum Op {
        EQ(" = "), GT(" > "), GTE(" >= "), LT(" < "), LTE(" <= ");

        private final String sql;

        Op(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    /** {@code left op value}; {@code exact(null)} becomes {@code IS NULL} as in Django. */
    public static Condition of(Expression left, Op op, Object value) {
        if (value == null && !(left instanceof PathRef)) {
            if (op == Op.EQ) {
                return new IsNull(left, true);
            }
            throw new IllegalArgumentException(left + ": cannot compare " + op + " with null");
        }
        Expression right = value instanceof Expression e ? e : Values.operand(left, value);
        return new Compare(left, op, right);
    }

    @Override
    public void render(SqlWriter w) {
        if (op == Op.EQ && left.kind().isText()) {
            w.dialect().renderTextEquals(w, left, right);
            return;
        }
        left.render(w);
        w.sql(op.sql());
        right.render(w);
    }

    @Override
    public void shape(StringBuilder key) {
        left.shape(key);
        key.append(op.name());
        right.shape(key);
    }
}

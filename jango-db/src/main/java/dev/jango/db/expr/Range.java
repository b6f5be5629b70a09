package dev.jango.db.expr;

/**
 * {@code x BETWEEN low AND high} (both ends included).
 *
 * @param expression the tested expression
 * @param low        lower bound
 * @param high       upper bound
 */
public record Range(Expression expression, Expression low, Expression high) implements Condition {
    static Condition of(Expression expression, Object low, Object high) {
        if (low == null || high == null) {
            throw new IllegalArgumentException(expression + ": range bounds must not be null");
        }
        return new Range(expression, Values.operand(expression, low), Values.operand(expression, high));
    }

    @Override
    public void render(SqlWriter w) {
        expression.render(w);
        w.sql(" BETWEEN ");
        low.render(w);
        w.sql(" AND ");
        high.render(w);
    }

    @Override
    public void shape(StringBuilder key) {
        expression.shape(key);
        key.append("BETWEEN");
        low.shape(key);
        high.shape(key);
    }
}

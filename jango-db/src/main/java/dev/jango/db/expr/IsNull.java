package dev.jango.db.expr;

/**
 * {@code x IS NULL} or {@code x IS NOT NULL}.
 *
 * @param expression the tested expression
 * @param isNull     true for IS NULL
 */
public record IsNull(Expression expression, boolean isNull) implements Condition {
    @Override
    public void render(SqlWriter w) {
        expression.render(w);
        w.sql(isNull ? " IS NULL" : " IS NOT NULL");
    }

    @Override
    public void shape(StringBuilder key) {
        expression.shape(key);
        key.append(isNull ? "ISNULL" : "NOTNULL");
    }
}

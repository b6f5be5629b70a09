package dev.jango.db.expr;

/**
 * {@code NOT (condition)}. As in Django, {@code exclude(x = v)} also keeps rows where a nullable x is NULL is
 * not attempted here: SQL three-valued logic applies ({@code NOT (x = ?)} drops NULL rows).
 *
 * @param condition the negated condition
 */
public record Not(Condition condition) implements Condition {
    @Override
    public void render(SqlWriter w) {
        w.sql("NOT (");
        condition.render(w);
        w.sql(")");
    }

    @Override
    public void shape(StringBuilder key) {
        key.append("NOT(");
        condition.shape(key);
        key.append(')');
    }
}

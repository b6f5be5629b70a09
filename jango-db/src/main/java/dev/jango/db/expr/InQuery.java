package dev.jango.db.expr;

/**
 * {@code x IN (SELECT …)} over a sub-QuerySet.
 *
 * @param expression the tested expression
 * @param query      the one-column subquery
 */
public record InQuery(Expression expression, SubQuery query) implements Condition {
    @Override
    public void render(SqlWriter w) {
        expression.render(w);
        w.sql(" IN (");
        // MariaDB rejects LIMIT inside IN (…) subqueries (error 1235) and an UPDATE/DELETE whose subquery reads
        // the target table (error 1093); a derived table is accepted in both cases.
        boolean wrap = !w.dialect().features().limitInSubquery();
        w.sql(wrap ? "SELECT * FROM (" : "");
        query.render(w);
        w.sql(wrap ? ") AS " : "").sql(wrap ? w.dialect().quote("sub") : "");
        w.sql(")");
    }

    @Override
    public void shape(StringBuilder key) {
        expression.shape(key);
        key.append("INQ(");
        query.shape(key);
        key.append(')');
    }
}

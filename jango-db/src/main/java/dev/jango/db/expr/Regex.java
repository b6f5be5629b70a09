package dev.jango.db.expr;

/**
 * {@code regex} / {@code iregex}: the pattern is a bound parameter; the dialect renders its regex operator
 * (PostgreSQL {@code ~}/{@code ~*}, MariaDB {@code REGEXP} with an inline flag, SQLite {@code REGEXP} backed by a
 * Java function, see {@link dev.jango.db.dialect.SqliteFunctions}).
 *
 * @param expression      the text expression
 * @param pattern         the regular expression
 * @param caseInsensitive true for iregex
 */
public record Regex(Expression expression, String pattern, boolean caseInsensitive) implements Condition {
    @Override
    public void render(SqlWriter w) {
        w.dialect().renderRegex(w, this);
    }

    @Override
    public void shape(StringBuilder key) {
        expression.shape(key);
        key.append(caseInsensitive ? "IREGEX" : "REGEX");
    }
}

package dev.jango.db.expr;

/**
 * A condition known without looking at rows: an empty {@code in} list is always false, an empty filter always
 * true. Rendered as {@code 1 = 1} / {@code 1 = 0}, which every backend accepts.
 */
public enum Constant implements Condition {
    TRUE("1 = 1"), FALSE("1 = 0");

    private final String sql;

    Constant(String sql) {
        this.sql = sql;
    }

    @Override
    public void render(SqlWriter w) {
        w.sql(sql);
    }

    @Override
    public void shape(StringBuilder key) {
        key.append(name());
    }
}

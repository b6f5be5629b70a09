package dev.jango.db.query;

import dev.jango.db.connection.BoundValue;
import java.util.List;

/**
 * Compiled SQL and its parameters, ready for {@link dev.jango.db.connection.Database#query}.
 *
 * @param sql    the SQL text, with {@code ?} placeholders
 * @param params the bound values, in placeholder order
 */
public record Statement(String sql, List<BoundValue> params) {
    public Statement {
        params = List.copyOf(params);
    }

    /** The SQL with the parameter values shown after it, for messages (never executed). */
    public String describe() {
        if (params.isEmpty()) {
            return sql;
        }
        StringBuilder b = new StringBuilder(sql).append(" with params [");
        for (int i = 0; i < params.size(); i++) {
            Object v = params.get(i).value();
            b.append(i == 0 ? "" : ", ").append(v instanceof String s ? "'" + s + "'" : String.valueOf(v));
        }
        return b.append(']').toString();
    }
}

package dev.jango.web.http;

import dev.jango.db.connection.RepeatedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL a request has run so far, as recorded by the connection layer: read by the request-stats line, the N+1
 * detector and the debug error page. Live: it grows while the request runs.
 *
 * <pre>{@code
 * request.attribute(SqlLog.KEY).map(SqlLog::count).orElse(0);
 * }</pre>
 */
public interface SqlLog {
    /** The request attribute the dispatcher stores the log under. */
    HttpRequest.Key<SqlLog> KEY = new HttpRequest.Key<>("jango.sql", SqlLog.class);

    /** One executed statement: SQL text with placeholders, and its duration. */
    record Statement(String sql, double millis) {}

    /** A log that records nothing (no database configured). */
    SqlLog EMPTY = new SqlLog() {
        @Override
        public int count() {
            return 0;
        }

        @Override
        public double totalMillis() {
            return 0;
        }

        @Override
        public List<Statement> statements() {
            return List.of();
        }
    };

    /** Statements run so far. */
    int count();

    /** Their total time in milliseconds. */
    double totalMillis();

    /** The statements, oldest first. */
    List<Statement> statements();

    /**
     * Shapes (SQL texts) run {@code threshold} times or more, with count and first call site. Logs backed by the
     * connection layer know the call site; this default counts {@link #statements()} and leaves it empty.
     */
    default List<RepeatedQuery> repeatedShapes(int threshold) {
        Map<String, Integer> shapes = new LinkedHashMap<>();
        for (Statement s : statements()) {
            shapes.merge(s.sql(), 1, Integer::sum);
        }
        List<RepeatedQuery> out = new ArrayList<>();
        shapes.forEach((sql, n) -> {
            if (n >= threshold) {
                out.add(new RepeatedQuery(sql, n, ""));
            }
        });
        return out;
    }
}

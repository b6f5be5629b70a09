package dev.jango.web.http;

import java.util.List;

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
}

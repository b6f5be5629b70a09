package dev.jango.web.http;

import dev.jango.db.connection.ExecutedQuery;
import dev.jango.db.connection.Queries;
import dev.jango.db.connection.QueryLog;
import dev.jango.db.connection.RepeatedQuery;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@link SqlRecorder} backed by the connection layer's {@link Queries} scopes: every statement any
 * {@code Database} runs during the request lands in the request's log.
 */
final class QueriesRecorder implements SqlRecorder {

    /** A live view of a {@link QueryLog}. */
    private record Live(QueryLog log) implements SqlLog {
        @Override
        public int count() {
            return log.count();
        }

        @Override
        public double totalMillis() {
            return log.totalMillis();
        }

        @Override
        public List<Statement> statements() {
            return log.statements().stream().map(Live::statement).toList();
        }

        @Override
        public List<RepeatedQuery> repeatedShapes(int threshold) {
            return log.repeatedShapes(threshold);
        }

        private static Statement statement(ExecutedQuery q) {
            return new Statement(q.sql(), q.millis());
        }
    }

    @Override
    public SqlLog newLog() {
        return new Live(new QueryLog());
    }

    @Override
    public <T> T scope(SqlLog log, Callable<T> call) throws Exception {
        if (log instanceof Live(QueryLog queryLog)) {
            return Queries.scope(queryLog, call);
        }
        return call.call();
    }
}

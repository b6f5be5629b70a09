package dev.jango.web.http;

import java.util.concurrent.Callable;

/**
 * Opens a per-request recording of SQL statements. The default implementation is backed by the connection layer's
 * {@code Queries.scope}; {@link #none()} records nothing (for apps without a database and for unit tests).
 *
 * <pre>{@code
 * SqlLog log = recorder.newLog();
 * HttpResponse r = recorder.scope(log, () -> view.handle(request));
 * log.count();
 * }</pre>
 */
public interface SqlRecorder {
    /** A new empty log. */
    SqlLog newLog();

    /** Runs {@code call}, recording every statement it runs (on any database) into {@code log}. */
    <T> T scope(SqlLog log, Callable<T> call) throws Exception;

    /** The connection layer's recorder: every statement run through a {@code Database} (the default). */
    static SqlRecorder queries() {
        return new QueriesRecorder();
    }

    /** A recorder that records nothing. */
    static SqlRecorder none() {
        return new SqlRecorder() {
            @Override
            public SqlLog newLog() {
                return SqlLog.EMPTY;
            }

            @Override
            public <T> T scope(SqlLog log, Callable<T> call) throws Exception {
                return call.call();
            }
        };
    }
}

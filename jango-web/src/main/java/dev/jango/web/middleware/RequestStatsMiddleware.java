package dev.jango.web.middleware;

import dev.jango.db.connection.RepeatedQuery;
import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.http.SqlLog;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs one line per request, {@code GET /books/ 200 db_queries=2 db_ms=1.8 total_ms=4.2}, and an N+1 warning for
 * each statement shape run {@code repeatThreshold} times or more in the request (same SQL text: values are bound
 * parameters, so a loop that loads one row per item repeats the same text), with the line that first ran it.
 *
 * <pre>{@code
 * new RequestStatsMiddleware(3)                          // logs to "dev.jango.web.request"
 * new RequestStatsMiddleware(3, lines::add)              // tests collect the lines
 * }</pre>
 */
public final class RequestStatsMiddleware implements Middleware {
    private static final Logger LOG = LoggerFactory.getLogger("dev.jango.web.request");

    private final int repeatThreshold;
    private final Consumer<String> sink;

    /** Logs through SLF4J. */
    public RequestStatsMiddleware(int repeatThreshold) {
        this(repeatThreshold, line -> {
            if (line.startsWith("N+1")) {
                LOG.warn(line);
            } else {
                LOG.info(line);
            }
        });
    }

    /** Sends lines to {@code sink}. */
    public RequestStatsMiddleware(int repeatThreshold, Consumer<String> sink) {
        if (repeatThreshold < 2) {
            throw new IllegalArgumentException("N+1 repeat threshold must be at least 2, got " + repeatThreshold);
        }
        this.repeatThreshold = repeatThreshold;
        this.sink = sink;
    }

    @Override
    public HttpResponse handle(HttpRequest request, Chain chain) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse r = chain.proceed(request);
        SqlLog log = request.attribute(SqlLog.KEY).orElse(SqlLog.EMPTY);
        double totalMs = (System.nanoTime() - t0) / 1e6;
        sink.accept(line(request.method(), request.path(), r.status(), log.count(), log.totalMillis(), totalMs));
        for (RepeatedQuery rq : log.repeatedShapes(repeatThreshold)) {
            sink.accept("N+1? " + request.method() + " " + request.path() + " ran " + rq.count() + "x: " + rq.sql()
                    + (rq.callSite().isEmpty() ? "" : " at " + rq.callSite()));
        }
        return r;
    }

    /** The stats line. */
    static String line(String method, String path, int status, int queries, double dbMs, double totalMs) {
        return String.format(Locale.ROOT, "%s %s %d db_queries=%d db_ms=%.1f total_ms=%.1f",
                method, path, status, queries, dbMs, totalMs);
    }
}

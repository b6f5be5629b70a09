package dev.jango.web.middleware;

import dev.jango.db.connection.RepeatedQuery;
import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.http.SqlLog;
import java.util.function.BooleanSupplier;
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
    private final BooleanSupplier lineOn;
    private final BooleanSupplier warningsOn;

    /**
     * Logs through SLF4J: the line at INFO, N+1 warnings at WARN. Each is skipped, not built, while its level is
     * off ({@code <logger name="dev.jango.web.request" level="WARN"/>} keeps only the warnings).
     */
    public RequestStatsMiddleware(int repeatThreshold) {
        this(repeatThreshold, line -> {
            if (line.startsWith("N+1")) {
                LOG.warn(line);
            } else {
                LOG.info(line);
            }
        }, LOG::isInfoEnabled, LOG::isWarnEnabled);
    }

    /** Sends lines to {@code sink}. */
    public RequestStatsMiddleware(int repeatThreshold, Consumer<String> sink) {
        this(repeatThreshold, sink, () -> true, () -> true);
    }

    private RequestStatsMiddleware(int repeatThreshold, Consumer<String> sink, BooleanSupplier lineOn,
                                   BooleanSupplier warningsOn) {
        if (repeatThreshold < 2) {
            throw new IllegalArgumentException("N+1 repeat threshold must be at least 2, got " + repeatThreshold);
        }
        this.repeatThreshold = repeatThreshold;
        this.sink = sink;
        this.lineOn = lineOn;
        this.warningsOn = warningsOn;
    }

    @Override
    public HttpResponse handle(HttpRequest request, Chain chain) throws Exception {
        boolean line = lineOn.getAsBoolean();
        boolean warnings = warningsOn.getAsBoolean();
        if (!line && !warnings) {
            return chain.proceed(request);
        }
        long t0 = System.nanoTime();
        HttpResponse r = chain.proceed(request);
        SqlLog log = request.attribute(SqlLog.KEY).orElse(SqlLog.EMPTY);
        if (line) {
            double totalMs = (System.nanoTime() - t0) / 1e6;
            sink.accept(line(request.method(), request.path(), r.status(), log.count(), log.totalMillis(), totalMs));
        }
        if (warnings && log.count() >= repeatThreshold) {
            for (RepeatedQuery rq : log.repeatedShapes(repeatThreshold)) {
                sink.accept("N+1? " + request.method() + " " + request.path() + " ran " + rq.count() + "x: " + rq.sql()
                        + (rq.callSite().isEmpty() ? "" : " at " + rq.callSite()));
            }
        }
        return r;
    }

    /** The stats line, built by hand: {@code String.format} parses its pattern on every call. */
    static String line(String method, String path, int status, int queries, double dbMs, double totalMs) {
        StringBuilder sb = new StringBuilder(method.length() + path.length() + 56);
        sb.append(method).append(' ').append(path).append(' ').append(status).append(" db_queries=").append(queries)
                .append(" db_ms=");
        tenths(sb, dbMs);
        sb.append(" total_ms=");
        tenths(sb, totalMs);
        return sb.toString();
    }

    /** Appends {@code ms} with one decimal, rounded half up, as {@code %.1f} would. */
    static void tenths(StringBuilder sb, double ms) {
        long t = Math.round(Math.max(0, ms) * 10);
        sb.append(t / 10).append('.').append(t % 10);
    }
}

package dev.jango.bench.web;

import dev.jango.web.apps.WebApplication;
import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.middleware.Middleware;
import dev.jango.web.middleware.RequestStatsMiddleware;
import dev.jango.web.routing.Router;
import dev.jango.web.routing.Routes;
import dev.jango.web.server.Dispatcher;
import dev.jango.web.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One request through what the server runs per request, minus the socket: build the {@link HttpRequest} from
 * headers (the bridge's work), then the dispatcher (SQL-recording scope, router, the standard middleware stack of
 * {@link WebApplication#middleware}) and the bookstore's {@code /plain/} view. The request-stats line is built
 * and handed to a blackhole, as a request logger that is on would receive it.
 *
 * <ul>
 *   <li>{@link #firstVisit}: what {@code wrk} sends (Host only): the CSRF middleware mints a secret and sets its
 *       cookie, security headers and {@code Vary} are added.
 *   <li>{@link #returningBrowser}: a browser's dozen headers with the CSRF cookie already set.
 *   <li>{@link #buildRequest}: only the request value, headers sorted once.
 * </ul>
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar RequestPathBenchmark -prof gc}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RequestPathBenchmark {
    private static final String[] WRK = {"Host", "127.0.0.1:8000"};
    private static final String[] BROWSER = {
        "Host", "127.0.0.1:8000",
        "User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0",
        "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        "Accept-Language", "en-GB,en;q=0.5",
        "Accept-Encoding", "gzip, deflate, br, zstd",
        "Connection", "keep-alive",
        "Cookie", "csrftoken=abcdefghijklmnopqrstuvwxyzABCDEF",
        "Upgrade-Insecure-Requests", "1",
        "Sec-Fetch-Dest", "document",
        "Sec-Fetch-Mode", "navigate",
        "Sec-Fetch-Site", "none",
        "Priority", "u=0, i",
    };

    private Dispatcher app;
    private Blackhole lines;

    @Setup
    public void setUp(Blackhole bh) {
        lines = bh;
        Router router = Router.of(
                Routes.path("books/", request -> HttpResponse.text("books"), "book-list"),
                Routes.path("books/<int:id>/", request -> HttpResponse.text("book"), "book-detail"),
                Routes.path("slow/", request -> HttpResponse.text("slept 100 ms"), "slow"),
                Routes.path("plain/", request -> HttpResponse.text("Hello, world!"), "plain"));
        Settings settings = Settings.load(Map.of("JANGO_DEBUG", "false"));
        List<Middleware> stack = new ArrayList<>(WebApplication.middleware(settings, router));
        // The standard stack logs through SLF4J, a no-op here; a sink keeps the line's cost in the measurement.
        stack.set(0, new RequestStatsMiddleware(3, line -> lines.consume(line)));
        app = Dispatcher.builder().router(router).middleware(stack).debug(false).build();
        HttpResponse check = app.dispatch(request("GET", "/plain/", BROWSER));
        if (check.status() != 200) {
            throw new IllegalStateException("/plain/ answered " + check.status() + ": the benchmark setup is wrong");
        }
    }

    private static HttpRequest request(String method, String path, String[] headers) {
        HttpRequest.Builder b = HttpRequest.builder(method, path, "");
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b.remoteAddress("127.0.0.1").build();
    }

    /** {@code GET /plain/} as wrk sends it: no cookie, so a CSRF secret is minted and set. */
    @Benchmark
    public HttpResponse firstVisit() {
        return app.dispatch(request("GET", "/plain/", WRK));
    }

    /** {@code GET /plain/} from a browser that already has its CSRF cookie. */
    @Benchmark
    public HttpResponse returningBrowser() {
        return app.dispatch(request("GET", "/plain/", BROWSER));
    }

    /** The request value alone, from a browser's headers. */
    @Benchmark
    public HttpRequest buildRequest() {
        return request("GET", "/plain/", BROWSER);
    }
}

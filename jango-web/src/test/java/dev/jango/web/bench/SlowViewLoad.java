package dev.jango.web.bench;

import dev.jango.web.http.HttpResponse;
import dev.jango.web.routing.Router;
import dev.jango.web.routing.Routes;
import dev.jango.web.server.Dispatcher;
import dev.jango.web.server.JangoServer;
import dev.jango.web.server.ServerConfig;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Issue 5's concurrency measurement, bounded and loopback-only: a view that waits 100 ms, N concurrent clients
 * (default 200) for S seconds (default 10); prints throughput, p50/p99, and start-up to first served request.
 * Not part of the test suite: {@code java -cp … dev.jango.web.bench.SlowViewLoad [clients] [seconds]}.
 */
public final class SlowViewLoad {
    private SlowViewLoad() {}

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Router router = Router.of(
                Routes.path("slow/", r -> {
                    Thread.sleep(100);
                    return HttpResponse.text("ok");
                }),
                Routes.path("plain/", r -> HttpResponse.text("Hello, World!")));
        try (JangoServer server = JangoServer.start(ServerConfig.defaults().withPort(0), Dispatcher.builder().router(router).build())) {
            URI slow = server.uri().resolve("slow/");
            HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
            http.send(HttpRequest.newBuilder(server.uri().resolve("plain/")).build(), BodyHandlers.discarding());
            long startupMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.printf("start-up to first served request: %d ms (JVM start included)%n", startupMs);

            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean running = new AtomicBoolean(true);
            long t0 = System.nanoTime();
            try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int c = 0; c < clients; c++) {
                    pool.submit(() -> {
                        while (running.get()) {
                            long s = System.nanoTime();
                            try {
                                http.send(HttpRequest.newBuilder(slow).timeout(Duration.ofSeconds(10)).build(), BodyHandlers.discarding());
                                latencies.add(System.nanoTime() - s);
                            } catch (Exception e) {
                                return;
                            }
                        }
                    });
                }
                Thread.sleep(seconds * 1000L);
                running.set(false);
            }
            double elapsed = (System.nanoTime() - t0) / 1e9;
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("100 ms view, %d clients, %d s: %.0f req/s, p50 %.1f ms, p99 %.1f ms (%d requests)%n",
                    clients, seconds, sorted.size() / elapsed, sorted.get(sorted.size() / 2) / 1e6,
                    sorted.get((int) (sorted.size() * 0.99)) / 1e6, sorted.size());
        }
    }
}

package dev.jango.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.web.http.HttpResponse;
import dev.jango.web.routing.Router;
import dev.jango.web.routing.Routes;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ShutdownTest {
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void gracefulStopDrainsInFlightRequests() throws Exception {
        CountDownLatch entered = new CountDownLatch(3);
        Router router = Router.of(Routes.path("slow/", r -> {
            entered.countDown();
            Thread.sleep(500);
            return HttpResponse.text("done");
        }));
        JangoServer server = JangoServer.start(ServerConfig.defaults().withPort(0).withShutdownTimeout(Duration.ofSeconds(5)),
                Dispatcher.builder().router(router).build());
        List<CompletableFuture<java.net.http.HttpResponse<String>>> inFlight = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            inFlight.add(CLIENT.sendAsync(HttpRequest.newBuilder(server.uri().resolve("slow/")).build(), BodyHandlers.ofString()));
        }
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        server.close();
        for (var f : inFlight) {
            var r = f.get(5, TimeUnit.SECONDS);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("done");
        }
    }

    @Test
    void concurrencyLimitQueuesThenRejectsWith503() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Router router = Router.of(Routes.path("hold/", r -> {
            release.await(5, TimeUnit.SECONDS);
            return HttpResponse.text("ok");
        }));
        try (JangoServer server = JangoServer.start(ServerConfig.defaults().withPort(0)
                .withMaxConcurrentRequests(1, 0, Duration.ofMillis(100)), Dispatcher.builder().router(router).build())) {
            var first = CLIENT.sendAsync(HttpRequest.newBuilder(server.uri().resolve("hold/")).build(), BodyHandlers.ofString());
            Thread.sleep(300);
            var second = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("hold/")).build(), BodyHandlers.ofString());
            assertThat(second.statusCode()).isEqualTo(503);
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }
}

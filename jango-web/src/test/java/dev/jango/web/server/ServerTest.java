package dev.jango.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.web.http.FileResponse;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.http.RequestLimits;
import dev.jango.web.http.StreamingResponse;
import dev.jango.web.routing.Router;
import dev.jango.web.routing.Routes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerTest {
    static JangoServer server;
    static URI base;
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final CountDownLatch STREAM_GATE = new CountDownLatch(1);
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(dir.resolve("data.txt"), "0123456789abcdefghij");
        Router router = Router.of(
                Routes.path("hello/", r -> HttpResponse.text("hello " + r.query().first("name").orElse("world"))),
                Routes.path("echo/", r -> HttpResponse.text(r.form().first("msg").orElse("") + "|" + r.body().length)),
                Routes.path("json/", r -> HttpResponse.text(r.json(java.util.Map.class).toString())),
                Routes.path("sleep/", r -> {
                    Thread.sleep(100);
                    return HttpResponse.text("slept on virtual=" + Thread.currentThread().isVirtual());
                }),
                Routes.path("stream/", r -> StreamingResponse.of("text/plain", List.of("first\n", "second\n").iterator())),
                Routes.path("gated/", r -> StreamingResponse.of("text/plain", out -> {
                    out.write("early\n".getBytes());
                    out.flush();
                    try {
                        STREAM_GATE.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    out.write("late\n".getBytes());
                })),
                Routes.path("file/", r -> FileResponse.of(r, dir.resolve("data.txt"))),
                Routes.path("static/<path:p>", r -> FileResponse.of(r, dir.resolve(r.pathParam("p", String.class)))),
                Routes.path("boom/", r -> {
                    throw new IllegalStateException("secret internals");
                }));
        ServerConfig config = ServerConfig.defaults().withPort(0).withMaxHeaderBytes(4096)
                .withIdleTimeout(Duration.ofSeconds(2)).withLimits(RequestLimits.defaults().withMaxBodyBytes(1024));
        server = JangoServer.start(config, Dispatcher.builder().router(router).build());
        base = server.uri();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static java.net.http.HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).build(), BodyHandlers.ofString());
    }

    static String raw(String request) throws IOException {
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[8192];
            int n = in.read(buf);
            return n < 0 ? "" : new String(buf, 0, n, StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void servesOnARealSocketOnVirtualThreads() throws Exception {
        assertThat(server.port()).isPositive();
        var r = get("hello/?name=jango");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("hello jango");
        assertThat(r.headers().firstValue("Content-Type")).contains("text/plain; charset=utf-8");
        assertThat(get("sleep/").body()).isEqualTo("slept on virtual=true");
        // %3F is part of the path, not the start of a query string.
        assertThat(get("static/what%3F.txt").statusCode()).isEqualTo(404);
        assertThat(raw("GET /static/what%3F.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")).contains("what?.txt");
    }

    @Test
    void postsFormsAndJson() throws Exception {
        var form = CLIENT.send(HttpRequest.newBuilder(base.resolve("echo/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("msg=hi+there")).build(), BodyHandlers.ofString());
        assertThat(form.body()).isEqualTo("hi there|12");
        var bad = CLIENT.send(HttpRequest.newBuilder(base.resolve("json/")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"a\":")).build(), BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("malformed JSON for Map");
    }

    @Test
    void bodyOverTheLimitIs413() throws Exception {
        var r = CLIENT.send(HttpRequest.newBuilder(base.resolve("echo/"))
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(2000))).build(), BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("exceeds the limit of 1024 bytes");
        String chunked = raw("POST /echo/ HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "800\r\n" + "y".repeat(2048) + "\r\n0\r\n\r\n");
        assertThat(chunked).startsWith("HTTP/1.1 413");
    }

    @Test
    void malformedRequestsGet4xxNever500() throws Exception {
        assertThat(raw("GARBAGE\r\n\r\n")).startsWith("HTTP/1.1 400");
        assertThat(raw("GET /hello/ HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n")).startsWith("HTTP/1.1 400");
        assertThat(raw("GET /hello/ HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(8000) + "\r\n\r\n")).startsWith("HTTP/1.1 431");
        assertThat(raw("GET /hello/?q=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 400");
        assertThat(raw("GET /static/..%2F..%2Fetc%2Fpasswd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 400");
        assertThat(raw("GET /static/../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")).matches("(?s)HTTP/1.1 (400|404).*");
        assertThat(raw("GET /static/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
                .matches("(?s)HTTP/1.1 (400|404).*");
        var boom = get("boom/");
        assertThat(boom.statusCode()).isEqualTo(500);
        assertThat(boom.body()).contains("Server Error (500)").doesNotContain("secret internals");
        assertThat(get("hello/").statusCode()).isEqualTo(200); // still serving
    }

    @Test
    void slowClientsAreCutOffByTheIdleTimeout() throws Exception {
        long t0 = System.nanoTime();
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write("POST /echo/ HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly-a-bit".getBytes());
            s.getOutputStream().flush();
            byte[] buf = new byte[1024];
            int n = s.getInputStream().read(buf);
            // Answered 408 (or closed), never stuck and never a 500.
            assertThat(n < 0 ? "" : new String(buf, 0, n, StandardCharsets.ISO_8859_1)).matches("(?s)(|HTTP/1.1 408.*)");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(8));
        assertThat(get("hello/").statusCode()).isEqualTo(200);
    }

    @Test
    void streamsAreFlushedAsTheyGo() throws Exception {
        assertThat(get("stream/").body()).isEqualTo("first\nsecond\n");
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            s.setSoTimeout(3000);
            s.getOutputStream().write("GET /gated/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes());
            byte[] buf = new byte[4096];
            StringBuilder seen = new StringBuilder();
            while (!seen.toString().contains("early")) {
                int n = s.getInputStream().read(buf);
                assertThat(n).isPositive();
                seen.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
            }
            assertThat(seen.toString()).startsWith("HTTP/1.1 200").doesNotContain("late");
            STREAM_GATE.countDown();
            String rest = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(seen + rest).contains("late");
        }
    }

    @Test
    void filesWithRanges() throws Exception {
        var whole = get("file/");
        assertThat(whole.body()).isEqualTo("0123456789abcdefghij");
        assertThat(whole.headers().firstValue("Accept-Ranges")).contains("bytes");
        var part = CLIENT.send(HttpRequest.newBuilder(base.resolve("file/")).header("Range", "bytes=10-14").build(),
                BodyHandlers.ofString());
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.body()).isEqualTo("abcde");
        assertThat(part.headers().firstValue("Content-Range")).contains("bytes 10-14/20");
        var bad = CLIENT.send(HttpRequest.newBuilder(base.resolve("file/")).header("Range", "bytes=50-").build(),
                BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(416);
        assertThat(get("static/missing.txt").statusCode()).isEqualTo(404);
    }

    @Test
    void blockingViewsDoNotPileUp() throws Exception {
        long t0 = System.nanoTime();
        List<CompletableFuture<java.net.http.HttpResponse<String>>> all = new ArrayList<>();
        IntStream.range(0, 100).forEach(i -> all.add(CLIENT.sendAsync(
                HttpRequest.newBuilder(base.resolve("sleep/")).build(), BodyHandlers.ofString())));
        for (var f : all) {
            assertThat(f.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        // 100 requests that each block 100 ms finish together, not one after another (that would take 10 s).
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
    }
}

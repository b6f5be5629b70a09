package dev.jango.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.web.http.FileResponse;
import dev.jango.web.routing.Router;
import dev.jango.web.routing.Routes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Multi-range responses on a real socket: the multipart body arrives whole, with the length it announced. */
class RangeServerTest {
    static final String CONTENT = "0123456789".repeat(1000);
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static JangoServer server;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        Path file = Files.writeString(dir.resolve("digits.txt"), CONTENT);
        server = JangoServer.start(ServerConfig.defaults().withPort(0), Dispatcher.builder()
                .router(Router.of(Routes.path("digits/", r -> FileResponse.of(r, file)))).build());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static java.net.http.HttpResponse<String> get(String... headers) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.uri() + "digits/")).headers(headers).build(),
                BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
    }

    @Test
    void multiRangeOverTheWire() throws Exception {
        var r = get("Range", "bytes=0-4,5000-5004,-3");
        assertThat(r.statusCode()).isEqualTo(206);
        String type = r.headers().firstValue("Content-Type").orElseThrow();
        String boundary = type.substring(type.indexOf("boundary=") + 9);
        assertThat(r.headers().firstValueAsLong("Content-Length")).hasValue(r.body().length());
        assertThat(r.body()).contains("Content-Range: bytes 0-4/10000\r\n\r\n01234\r\n--" + boundary)
                .contains("Content-Range: bytes 5000-5004/10000\r\n\r\n01234\r\n")
                .contains("Content-Range: bytes 9997-9999/10000\r\n\r\n789\r\n--" + boundary + "--\r\n");
        var unsatisfiable = get("Range", "bytes=20000-,30000-");
        assertThat(unsatisfiable.statusCode()).isEqualTo(416);
        assertThat(unsatisfiable.headers().firstValue("Content-Range")).contains("bytes */10000");
        var stale = get("Range", "bytes=0-4,5000-5004", "If-Range", "\"not-the-current-tag\"");
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).isEqualTo(CONTENT);
    }
}

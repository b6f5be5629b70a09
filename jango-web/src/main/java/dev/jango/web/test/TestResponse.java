package dev.jango.web.test;

import dev.jango.web.http.Body;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.http.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * A response as the test client received it: the body fully drained (streams run to the end), plus the redirect
 * chain that led to it.
 *
 * <pre>{@code
 * TestResponse r = client.get("/books/");
 * assertThat(r.status()).isEqualTo(200);
 * assertThat(r.text()).contains("Dune");
 * }</pre>
 *
 * @param response the response value as the dispatcher returned it
 * @param bytes the drained body (empty for HEAD)
 * @param redirectChain the {@code Location}s followed to get here, in order
 */
public record TestResponse(HttpResponse response, byte[] bytes, List<String> redirectChain) {

    static TestResponse drain(HttpResponse response, boolean head, List<String> chain) {
        return new TestResponse(response, head ? new byte[0] : bodyOf(response), List.copyOf(chain));
    }

    /** The status. */
    public int status() {
        return response.status();
    }

    /** One header. */
    public Optional<String> header(String name) {
        return response.header(name);
    }

    /** The body as UTF-8 text. */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The body parsed as JSON into {@code type}. */
    public <T> T json(Class<T> type) {
        return Json.read(bytes, type);
    }

    private static byte[] bodyOf(HttpResponse r) {
        try {
            return switch (r.body()) {
                case Body.Bytes(byte[] b) -> b.clone();
                case Body.Streamed(Body.Writer w) -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    w.writeTo(out);
                    yield out.toByteArray();
                }
                case Body.FileRange(var file, long offset, long length) -> {
                    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                        ByteBuffer buf = ByteBuffer.allocate((int) length);
                        while (buf.hasRemaining() && ch.read(buf, offset + buf.position()) >= 0) {
                            // keep reading until the slice is full
                        }
                        yield buf.array();
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("draining the response body failed", e);
        }
    }

    @Override
    public String toString() {
        return "TestResponse[" + status() + ", " + bytes.length + " bytes]";
    }
}

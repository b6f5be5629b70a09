package dev.jango.web.http;

import static dev.jango.web.http.ParsingTest.partial;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Range requests on FileResponse (RFC 9110 §14): one range, several, coalescing, 416 and If-Range. */
class RangeTest {
    static final String CONTENT = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".repeat(100); // 6,200 bytes
    static final Instant MODIFIED = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void file() throws IOException {
        file = Files.writeString(dir.resolve("alpha.txt"), CONTENT);
        Files.setLastModifiedTime(file, FileTime.from(MODIFIED));
    }

    HttpResponse get(String... headers) {
        HttpRequest.Builder b = HttpRequest.builder("GET", "/alpha.txt");
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return FileResponse.of(b.build(), file);
    }

    static String body(HttpResponse r) throws IOException {
        return switch (r.body()) {
            case Body.Bytes(byte[] bytes) -> new String(bytes, StandardCharsets.ISO_8859_1);
            case Body.Streamed(Body.Writer w) -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                w.writeTo(out);
                yield out.toString(StandardCharsets.ISO_8859_1);
            }
            case Body.FileRange(Path f, long offset, long length) ->
                    new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).substring((int) offset, (int) (offset + length));
        };
    }

    @Test
    void severalRangesAreOneMultipartByterangesBody() throws IOException {
        HttpResponse r = get("Range", "bytes=0-9, 4000-4009");
        assertThat(r.status()).isEqualTo(206);
        String type = r.header("Content-Type").orElseThrow();
        assertThat(type).startsWith("multipart/byteranges; boundary=");
        String boundary = type.substring(type.indexOf("boundary=") + 9);
        String body = body(r);
        assertThat(r.header("Content-Length")).contains(Integer.toString(body.getBytes(StandardCharsets.ISO_8859_1).length));
        assertThat(body).isEqualTo("--" + boundary + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Range: bytes 0-9/6200"
                + "\r\n\r\n" + CONTENT.substring(0, 10) + "\r\n"
                + "--" + boundary + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Range: bytes 4000-4009/6200"
                + "\r\n\r\n" + CONTENT.substring(4000, 4010) + "\r\n"
                + "--" + boundary + "--\r\n");
        assertThat(r.header("Content-Range")).isEmpty();
        // Each response gets its own boundary.
        assertThat(get("Range", "bytes=0-9, 4000-4009").header("Content-Type")).isNotEqualTo(r.header("Content-Type"));
    }

    @Test
    void overlappingAndNearRangesAreCoalescedInOrder() throws IOException {
        assertThat(ByteRanges.parse("bytes=20-29,0-9,5-14", 1000)).isEqualTo(partial(0, 29));
        assertThat(ByteRanges.parse("bytes=0-9,60-69", 1000)).isEqualTo(partial(0, 69)); // gap under 80 bytes
        assertThat(ByteRanges.parse("bytes=0-9,100-109", 1000)).isEqualTo(partial(0, 9, 100, 109));
        assertThat(ByteRanges.parse("bytes=500-509,0-9", 1000)).isEqualTo(partial(0, 9, 500, 509));
        assertThat(ByteRanges.parse("bytes=0-9,,-5", 1000)).isEqualTo(partial(0, 9, 995, 999));
        assertThat(ByteRanges.parse("bytes=0-9,5000-6000", 1000)).isEqualTo(partial(0, 9)); // unsatisfiable one dropped
        // Coalesced into one range: an ordinary single-part 206.
        HttpResponse r = get("Range", "bytes=10-14,12-19");
        assertThat(r.status()).isEqualTo(206);
        assertThat(r.header("Content-Range")).contains("bytes 10-19/6200");
        assertThat(body(r)).isEqualTo(CONTENT.substring(10, 20));
    }

    @Test
    void tooManyRangesGetTheWholeFile() throws IOException {
        StringBuilder many = new StringBuilder("bytes=");
        for (int i = 0; i < 17; i++) {
            many.append(i == 0 ? "" : ",").append(i * 300).append('-').append(i * 300);
        }
        assertThat(ByteRanges.parse(many.toString(), 10_000)).isInstanceOf(ByteRanges.Ignored.class);
        assertThat(ByteRanges.parse("bytes=" + "1-1,".repeat(65) + "2-2", 10_000)).isInstanceOf(ByteRanges.Ignored.class);
        HttpResponse r = get("Range", many.toString());
        assertThat(r.status()).isEqualTo(200);
        assertThat(body(r)).isEqualTo(CONTENT);
    }

    @Test
    void unsatisfiableRangesAre416WithTheSize() throws IOException {
        for (String range : new String[] {"bytes=6200-", "bytes=7000-8000,9000-9100", "bytes=-0", "bytes=9-3"}) {
            HttpResponse r = get("Range", range);
            assertThat(r.status()).as(range).isEqualTo(416);
            assertThat(r.header("Content-Range")).as(range).contains("bytes */6200");
            assertThat(body(r)).as(range).contains("Range not satisfiable");
        }
        // Malformed or another unit: ignored, the whole file.
        for (String range : new String[] {"bytes=x-1", "bytes=1-2-3", "pages=1-2", "bytes=", "bytes=-"}) {
            assertThat(get("Range", range).status()).as(range).isEqualTo(200);
        }
    }

    @Test
    void ifRangeHonoursOnlyTheCurrentValidator() throws IOException {
        HttpResponse whole = get();
        String etag = whole.header("ETag").orElseThrow();
        String lastModified = whole.header("Last-Modified").orElseThrow();
        assertThat(lastModified).isEqualTo(DateTimeFormatter.RFC_1123_DATE_TIME.format(MODIFIED.atOffset(ZoneOffset.UTC)));
        assertThat(get("Range", "bytes=0-2", "If-Range", etag).status()).isEqualTo(206);
        assertThat(get("Range", "bytes=0-2", "If-Range", lastModified).status()).isEqualTo(206);
        HttpResponse stale = get("Range", "bytes=0-2", "If-Range", "\"older\"");
        assertThat(stale.status()).isEqualTo(200);
        assertThat(body(stale)).isEqualTo(CONTENT);
        assertThat(get("Range", "bytes=0-2", "If-Range", "W/" + etag).status()).as("weak tags never match").isEqualTo(200);
        assertThat(get("Range", "bytes=0-2", "If-Range", "Thu, 01 Jan 2026 00:00:00 GMT").status()).isEqualTo(200);
        assertThat(get("Range", "bytes=0-2", "If-Range", "not a date").status()).isEqualTo(200);
        // The file changes: the old ETag no longer selects a range.
        Files.writeString(file, CONTENT + "!");
        assertThat(get("Range", "bytes=0-2", "If-Range", etag).status()).isEqualTo(200);
    }

    @Test
    void headAndOtherMethodsIgnoreRange() {
        HttpResponse head = FileResponse.of(HttpRequest.builder("HEAD", "/").header("Range", "bytes=0-1,4-5").build(), file);
        assertThat(head.status()).isEqualTo(200);
        Matcher m = Pattern.compile("\"([0-9a-f]+)-([0-9a-f]+)\"").matcher(head.header("ETag").orElseThrow());
        assertThat(m.matches()).isTrue();
        assertThat(Long.parseLong(m.group(1), 16)).isEqualTo(6200);
    }
}

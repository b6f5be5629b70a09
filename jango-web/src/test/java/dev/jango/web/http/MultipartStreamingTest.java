package dev.jango.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming multipart parser: spilling to disk, limits, truncation and clean-up, through awkward reads. */
class MultipartStreamingTest {
    static final String B = "----jango-test-boundary-7d93";

    @TempDir
    Path temp;

    RequestLimits limits(long threshold, long maxFile, long maxTotal) {
        return RequestLimits.defaults().withUploads(new UploadLimits(threshold, maxFile, maxTotal, temp));
    }

    static byte[] body(String title, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + B + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n" + title + "\r\n"
                + "--" + B + "\r\nContent-Disposition: form-data; name=\"scan\"; filename=\"scan.bin\"\r\n"
                + "Content-Type: application/x-scan\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + B + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** Hands out 1 to 13 bytes per read, so boundaries and header ends split across reads. */
    static InputStream trickle(byte[] bytes) {
        return new InputStream() {
            final Random sizes = new Random(42);
            int pos;

            @Override
            public int read() {
                return pos < bytes.length ? bytes[pos++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= bytes.length) {
                    return -1;
                }
                int n = Math.min(Math.min(len, 1 + sizes.nextInt(13)), bytes.length - pos);
                System.arraycopy(bytes, pos, b, off, n);
                pos += n;
                return n;
            }
        };
    }

    long filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void smallFilesStayInMemoryBigOnesSpillToTheTempDir() throws IOException {
        byte[] small = random(1000, 1);
        MultipartForm a = MultipartParser.parse(trickle(body("Dune", small)), B, limits(1000, 1 << 20, 1 << 22));
        UploadedFile inMemory = a.file("scan").orElseThrow();
        assertThat(inMemory.temporaryFile()).isEmpty();
        assertThat(inMemory.content()).isEqualTo(small);
        assertThat(a.fields().first("title")).contains("Dune");

        byte[] big = random(200_000, 2);
        MultipartForm b = MultipartParser.parse(trickle(body("Emma", big)), B, limits(1000, 1 << 20, 1 << 22));
        UploadedFile spilled = b.file("scan").orElseThrow();
        Path file = spilled.temporaryFile().orElseThrow();
        assertThat(file.getParent()).isEqualTo(temp);
        assertThat(spilled.size()).isEqualTo(200_000);
        assertThat(spilled.contentType()).isEqualTo("application/x-scan");
        assertThat(spilled.filename()).isEqualTo("scan.bin");
        assertThat(Files.readAllBytes(file)).isEqualTo(big);
        try (InputStream in = spilled.open()) {
            assertThat(in.readAllBytes()).isEqualTo(big);
        }
        Path copy = spilled.transferTo(temp.resolve("copy.bin"));
        assertThat(Files.readAllBytes(copy)).isEqualTo(big);
        assertThat(b.fields().first("title")).contains("Emma");

        b.deleteTemporaryFiles();
        assertThat(file).doesNotExist();
        b.deleteTemporaryFiles(); // idempotent
    }

    @Test
    void boundaryLookalikesInsideContentSurvive() throws IOException {
        // "\r\n--" + a prefix of the boundary, at every offset: must be kept as content, not taken for a boundary.
        byte[] tricky = ("x\r\n--" + B.substring(0, B.length() - 1) + "y\r\n-\r\n--\r\n").repeat(500)
                .getBytes(StandardCharsets.ISO_8859_1);
        MultipartForm f = MultipartParser.parse(trickle(body("t", tricky)), B, limits(100, 1 << 20, 1 << 22));
        assertThat(f.file("scan").orElseThrow().content()).isEqualTo(tricky);
        f.deleteTemporaryFiles();
    }

    @Test
    void aFileOverThePerFileLimitIs413AndLeavesNothingOnDisk() throws IOException {
        byte[] big = random(50_000, 3);
        assertThatThrownBy(() -> MultipartParser.parse(trickle(body("x", big)), B, limits(1000, 40_000, 1 << 22)))
                .isInstanceOf(PayloadTooLarge.class)
                .hasMessage("uploaded file 'scan.bin' (field 'scan') exceeds the per-file upload limit of 40000 bytes");
        assertThat(filesIn(temp)).isZero();
    }

    @Test
    void aBodyOverTheTotalLimitIs413AndLeavesNothingOnDisk() throws IOException {
        // Two spilled files; the second crosses the total: the first one's temp file must go too.
        ByteArrayOutputStream two = new ByteArrayOutputStream();
        for (String name : new String[] {"a", "b"}) {
            two.writeBytes(("--" + B + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"f\"\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            two.writeBytes(random(30_000, name.hashCode()));
            two.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        two.writeBytes(("--" + B + "--").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> MultipartParser.parse(trickle(two.toByteArray()), B, limits(1000, 40_000, 50_000)))
                .isInstanceOf(PayloadTooLarge.class)
                .hasMessage("multipart body exceeds the upload limit of 50000 bytes");
        assertThat(filesIn(temp)).isZero();
    }

    @Test
    void textFieldsTogetherAreBoundedByTheBodyLimit() {
        RequestLimits l = limits(1000, 1 << 20, 1 << 22).withMaxBodyBytes(10);
        assertThatThrownBy(() -> MultipartParser.parse(trickle(body("a title longer than ten bytes", new byte[1])), B, l))
                .isInstanceOf(PayloadTooLarge.class)
                .hasMessage("multipart text fields exceed the limit of 10 bytes (field 'title')");
    }

    @Test
    void truncatedBodiesAre400AndLeaveNothingOnDisk() throws IOException {
        byte[] whole = body("t", random(100_000, 4));
        for (int cut : new int[] {0, 5, B.length() + 2, 60, 150, 50_000, whole.length - 10, whole.length - 3}) {
            byte[] truncated = java.util.Arrays.copyOf(whole, cut);
            assertThatThrownBy(() -> MultipartParser.parse(trickle(truncated), B, limits(1000, 1 << 20, 1 << 22)))
                    .as("cut at %d", cut).isInstanceOf(BadRequest.class)
                    .hasMessageMatching("(truncated|malformed) multipart body.*");
        }
        assertThat(filesIn(temp)).isZero();
    }

    @Test
    void inMemoryBodiesNeverSpill() {
        byte[] big = random(100_000, 5);
        HttpRequest r = HttpRequest.builder("POST", "/").header("Content-Type", "multipart/form-data; boundary=" + B)
                .body(body("t", big)).limits(limits(1000, 1 << 20, 1 << 22)).build();
        assertThat(r.multipart().file("scan").orElseThrow().temporaryFile()).isEmpty();
        assertThat(r.multipart().file("scan").orElseThrow().content()).isEqualTo(big);
    }

    @Test
    void theBuilderStreamsMultipartAndDeletesItsFilesOnRequest() throws IOException {
        byte[] big = random(100_000, 6);
        byte[] bytes = body("t", big);
        HttpRequest r = HttpRequest.builder("POST", "/").header("Content-Type", "multipart/form-data; boundary=" + B)
                .limits(limits(1000, 1 << 20, 1 << 22)).body(new ByteArrayInputStream(bytes), bytes.length).build();
        HttpRequest copy = r.withHeader("X-Other", "1").withAttribute(new HttpRequest.Key<>("k", String.class), "v");
        Path file = copy.multipart().file("scan").orElseThrow().temporaryFile().orElseThrow();
        assertThat(copy.form().first("title")).contains("t");
        assertThat(r.body()).isEmpty();
        r.deleteTemporaryFiles();
        assertThat(file).doesNotExist();
        assertThatThrownBy(() -> HttpRequest.builder("POST", "/").header("Content-Type", "multipart/form-data; boundary=x")
                .limits(limits(1000, 1 << 20, 1 << 10)).body(new ByteArrayInputStream(bytes), bytes.length))
                .isInstanceOf(PayloadTooLarge.class).hasMessage("request body of " + bytes.length
                        + " bytes exceeds the limit of 1024 bytes");
    }
}

package dev.jango.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.jango.web.http.BadRequest;
import dev.jango.web.http.HttpException;
import dev.jango.web.http.MultipartForm;
import dev.jango.web.http.MultipartParser;
import dev.jango.web.http.RequestLimits;
import dev.jango.web.http.UploadLimits;
import dev.jango.web.http.UploadedFile;
import dev.jango.web.http.UrlEncoded;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Multipart and urlencoded parser fuzzing: any body either parses or is a {@link BadRequest} with a message —
 * never another exception, never a hang. Regression inputs live in
 * {@code src/test/resources/dev/jango/web/fuzz/MultipartFuzzTestInputs/}.
 */
class MultipartFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void multipart(FuzzedDataProvider data) {
        String boundary = data.consumeString(72);
        byte[] body = data.consumeRemainingAsBytes();
        try {
            String b = MultipartParser.boundary("multipart/form-data; boundary=" + boundary);
            MultipartForm form = MultipartParser.parse(body, b, 50, 1024);
            assertThat(form.fields().size() + form.fileParts().size()).isLessThanOrEqualTo(50);
        } catch (BadRequest expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    /**
     * Differential: the streaming parser, fed in reads of 1 to 8 bytes with a tiny memory threshold (so most files
     * spill), must agree with the in-memory parse on every body — same fields, same file bytes, or both a 400 — and
     * leave no temporary file behind. Reuses the {@code multipart} inputs (same layout).
     */
    @FuzzTest(maxDuration = "10s")
    void multipartStreamed(FuzzedDataProvider data) throws IOException {
        String boundary = data.consumeString(72);
        byte[] body = data.consumeRemainingAsBytes();
        String b;
        try {
            b = MultipartParser.boundary("multipart/form-data; boundary=" + boundary);
        } catch (BadRequest expected) {
            return;
        }
        int threshold = Math.floorMod(Arrays.hashCode(body), 16);
        RequestLimits limits = new RequestLimits(Long.MAX_VALUE, 1000, 50, 1024,
                new UploadLimits(threshold, Long.MAX_VALUE, Long.MAX_VALUE, TEMP));
        MultipartForm expected = null;
        try {
            expected = MultipartParser.parse(body, b, 50, 1024);
        } catch (BadRequest e) {
            // the streaming parse must refuse it too
        }
        MultipartForm streamed = null;
        try {
            streamed = MultipartParser.parse(trickle(body), b, limits);
        } catch (HttpException e) {
            assertThat(expected).as("streaming refused what memory accepted: " + e.getMessage()).isNull();
        }
        if (streamed != null) {
            assertThat(expected).as("streaming accepted what memory refused").isNotNull();
            assertThat(streamed.fields()).isEqualTo(expected.fields());
            assertThat(contents(streamed.fileParts())).isEqualTo(contents(expected.fileParts()));
            streamed.deleteTemporaryFiles();
        }
        try (Stream<Path> left = Files.list(TEMP)) {
            assertThat(left).isEmpty();
        }
    }

    private static final Path TEMP = tempDir();

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("jango-multipart-fuzz-");
            dir.toFile().deleteOnExit(); // empty after every run, so the JVM can remove it
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<String>> contents(Map<String, List<UploadedFile>> files) {
        return files.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(f -> f.filename() + ":" + f.contentType() + ":"
                        + Arrays.toString(f.content())).toList()));
    }

    private static InputStream trickle(byte[] bytes) {
        return new InputStream() {
            int pos;

            @Override
            public int read() {
                return pos < bytes.length ? bytes[pos++] & 0xff : -1;
            }

            @Override
            public int read(byte[] out, int off, int len) {
                if (pos >= bytes.length) {
                    return -1;
                }
                int n = Math.min(Math.min(len, 1 + (pos * 31 + 7) % 8), bytes.length - pos);
                System.arraycopy(bytes, pos, out, off, n);
                pos += n;
                return n;
            }
        };
    }

    @FuzzTest(maxDuration = "10s")
    void urlencoded(FuzzedDataProvider data) {
        try {
            UrlEncoded.parse(data.consumeRemainingAsString(), 100);
        } catch (BadRequest expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}

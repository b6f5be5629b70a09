package dev.jango.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.jango.web.http.BadRequest;
import dev.jango.web.http.MultipartForm;
import dev.jango.web.http.MultipartParser;
import dev.jango.web.http.UrlEncoded;

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

    @FuzzTest(maxDuration = "10s")
    void urlencoded(FuzzedDataProvider data) {
        try {
            UrlEncoded.parse(data.consumeRemainingAsString(), 100);
        } catch (BadRequest expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}

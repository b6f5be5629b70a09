package dev.jango.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.web.forms.storage.FileSystemStorage;
import dev.jango.web.forms.storage.Storage;
import dev.jango.web.http.ByteRanges;
import dev.jango.web.http.FileResponse;
import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.http.MultipartForm;
import dev.jango.web.http.MultipartParser;
import dev.jango.web.http.RequestLimits;
import dev.jango.web.http.UploadLimits;
import dev.jango.web.http.UploadedFile;
import dev.jango.web.server.ServerConfig;
import dev.jango.web.settings.Settings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upload and range API as an application uses it, from outside its package: a break fails to compile. */
class WebFilesPublicApiTest {
    @TempDir
    Path dir;

    @Test
    void uploadsRangesAndTheirSettings() throws IOException {
        Settings settings = Settings.load(Map.of("JANGO_UPLOAD_TEMP_DIR", dir.resolve("tmp").toString()));
        UploadLimits uploads = settings.uploads().withMemoryThreshold(4).withMaxFileBytes(1 << 20).withMaxTotalBytes(2 << 20);
        RequestLimits limits = RequestLimits.defaults().withUploads(uploads);
        ServerConfig config = ServerConfig.defaults().withPort(0).withLimits(limits);
        assertThat(config.limits().maxBodyBytesFor("multipart/form-data")).isEqualTo(2 << 20);

        byte[] body = "--b\r\nContent-Disposition: form-data; name=\"doc\"; filename=\"a.txt\"\r\n\r\nhello world\r\n--b--"
                .getBytes(StandardCharsets.ISO_8859_1);
        HttpRequest request = HttpRequest.builder("POST", "/upload/")
                .header("Content-Type", "multipart/form-data; boundary=b").limits(limits)
                .body(new ByteArrayInputStream(body), body.length).build();
        MultipartForm form = request.multipart();
        UploadedFile doc = form.file("doc").orElseThrow();
        Optional<Path> spilled = doc.temporaryFile();
        assertThat(spilled).isPresent();
        try (InputStream in = doc.open()) {
            assertThat(in.readAllBytes()).hasSize((int) doc.size());
        }
        Path copy = doc.transferTo(dir.resolve("copy.txt"));
        Storage media = new FileSystemStorage(dir.resolve("media"), "/media/");
        String stored = media.save("docs/" + doc.safeFilename(), doc);
        assertThat(media.url(stored)).isEqualTo("/media/docs/a.txt");
        request.deleteTemporaryFiles();
        assertThat(spilled.get()).doesNotExist();
        assertThat(Files.readString(copy)).isEqualTo("hello world");
        assertThat(MultipartParser.boundary("multipart/form-data; boundary=\"b\"")).isEqualTo("b");

        HttpResponse ranges = FileResponse.of(HttpRequest.builder("GET", "/f").header("Range", "bytes=0-0,-1").build(), copy);
        assertThat(ranges.status()).isEqualTo(206);
        assertThat(ranges.header("Content-Range")).contains("bytes 0-10/11"); // 9 bytes apart: coalesced
        assertThat(ByteRanges.parse("bytes=0-0,-1", 1000)).isEqualTo(new ByteRanges.Partial(
                java.util.List.of(new ByteRanges.Range(0, 0), new ByteRanges.Range(999, 999))));
    }
}

package dev.jango.web.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.web.forms.storage.FileSystemStorage;
import dev.jango.web.forms.storage.SuspiciousFileOperation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemStorageTest {
    @TempDir
    Path dir;

    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void savesOpensAndNeverOverwrites() throws IOException {
        FileSystemStorage storage = new FileSystemStorage(dir.resolve("media"), "/media");
        String first = storage.save("covers/dune.png", bytes("one"));
        String second = storage.save("covers/dune.png", bytes("two"));
        assertThat(first).isEqualTo("covers/dune.png");
        assertThat(second).matches("covers/dune_[a-z0-9]{7}\\.png");
        try (InputStream in = storage.open(first)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("one");
        }
        assertThat(storage.size(second)).isEqualTo(3);
        assertThat(storage.exists(first)).isTrue();
        storage.delete(first);
        storage.delete(first);
        assertThat(storage.exists(first)).isFalse();
        assertThat(storage.url("covers/my file.png")).isEqualTo("/media/covers/my%20file.png");
    }

    @Test
    void pathTraversalIsRefused() throws IOException {
        FileSystemStorage storage = new FileSystemStorage(dir.resolve("media"), "/media/");
        for (String name : List.of("../escape.txt", "a/../../escape.txt", "/etc/passwd", "a\\..\\b", "a//b", "a/./b",
                "nul\0.txt", "C:/x", "")) {
            assertThatThrownBy(() -> storage.save(name, bytes("x")))
                    .as(name).isInstanceOf(SuspiciousFileOperation.class).hasMessageContaining("file name '");
        }
        assertThat(Files.exists(dir.resolve("escape.txt"))).isFalse();
    }

    @Test
    void symlinkOutOfTheRootIsRefused() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        FileSystemStorage storage = new FileSystemStorage(dir.resolve("media"), "/media/");
        Files.createSymbolicLink(storage.root().resolve("link"), outside);
        assertThatThrownBy(() -> storage.save("link/x.txt", bytes("x")))
                .isInstanceOf(SuspiciousFileOperation.class).hasMessageContaining("through a link");
        assertThat(Files.exists(outside.resolve("x.txt"))).isFalse();
    }

    @Test
    void savesASpilledUploadByStreamingItsTemporaryFile() throws IOException {
        byte[] content = new byte[300_000];
        new java.util.Random(7).nextBytes(content);
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes("--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"../big.bin\"\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        body.writeBytes(content);
        body.writeBytes("\r\n--b--".getBytes(StandardCharsets.ISO_8859_1));
        var limits = dev.jango.web.http.RequestLimits.defaults().withUploads(
                dev.jango.web.http.UploadLimits.defaults().withMemoryThreshold(1024).withTempDir(dir.resolve("tmp")));
        var form = dev.jango.web.http.MultipartParser.parse(new ByteArrayInputStream(body.toByteArray()), "b", limits);
        var upload = form.file("f").orElseThrow();
        assertThat(upload.temporaryFile()).isPresent();
        FileSystemStorage storage = new FileSystemStorage(dir.resolve("media"), "/media/");
        String name = storage.save("big/" + upload.safeFilename(), upload);
        assertThat(name).isEqualTo("big/big.bin");
        assertThat(Files.readAllBytes(storage.path(name))).isEqualTo(content);
        form.deleteTemporaryFiles();
        assertThat(upload.temporaryFile().orElseThrow()).doesNotExist();
        assertThat(storage.exists(name)).isTrue();
    }

    @Test
    void aBrokenUploadStreamLeavesNoHalfWrittenFile() {
        FileSystemStorage storage = new FileSystemStorage(dir.resolve("media"), "/media/");
        InputStream broken = new InputStream() {
            int left = 10;

            @Override
            public int read() throws IOException {
                if (left-- <= 0) {
                    throw new IOException("client went away");
                }
                return 'x';
            }
        };
        assertThatThrownBy(() -> storage.save("half.txt", broken)).hasMessageContaining("saving 'half.txt'");
        assertThat(storage.exists("half.txt")).isFalse();
    }
}

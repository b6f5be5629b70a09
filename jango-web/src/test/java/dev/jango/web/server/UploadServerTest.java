package dev.jango.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.web.http.HttpResponse;
import dev.jango.web.http.RequestLimits;
import dev.jango.web.http.UploadLimits;
import dev.jango.web.http.UploadedFile;
import dev.jango.web.routing.Router;
import dev.jango.web.routing.Routes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads on a real socket: a 20 MB file streams to disk with flat heap; limits, truncation and clean-up. */
class UploadServerTest {
    static final String BOUNDARY = "----jango-upload-boundary-5c0ffee";
    static final int MB = 1024 * 1024;
    static final List<Path> SEEN = new CopyOnWriteArrayList<>();
    static JangoServer server;
    static long heapBefore;
    @TempDir
    static Path uploads;

    @BeforeAll
    static void start() {
        Router router = Router.of(Routes.path("upload/", r -> {
            UploadedFile f = r.multipart().file("blob").orElseThrow();
            f.temporaryFile().ifPresent(SEEN::add);
            long heapGrowth = usedHeapAfterGc() - heapBefore; // the upload is live here: in memory it would count
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = f.open()) {
                byte[] buf = new byte[64 * 1024];
                for (int n; (n = in.read(buf)) > 0; ) {
                    sha.update(buf, 0, n);
                }
            }
            return HttpResponse.text("disk=" + f.temporaryFile().isPresent() + " size=" + f.size() + " sha="
                    + HexFormat.of().formatHex(sha.digest()) + " title=" + r.form().first("title").orElse("")
                    + " heapGrowthMb=" + heapGrowth / MB);
        }));
        UploadLimits limits = UploadLimits.defaults().withTempDir(uploads).withMaxFileBytes(30L * MB)
                .withMaxTotalBytes(40L * MB);
        ServerConfig config = ServerConfig.defaults().withPort(0)
                .withLimits(RequestLimits.defaults().withMaxBodyBytes(MB).withUploads(limits));
        server = JangoServer.start(config, Dispatcher.builder().router(router).build());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static long usedHeapAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Sends a multipart POST whose file part is {@code size} seeded random bytes, from one reused buffer. */
    static String upload(long size, boolean closeEarly, MessageDigest sha) throws IOException {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nbig one\r\n--"
                + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"blob\"; filename=\"blob.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
        long length = head.length + size + (closeEarly ? 0 : tail.length);
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /upload/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: "
                    + "multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: " + length + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(head);
                Random random = new Random(2026);
                byte[] buf = new byte[64 * 1024];
                for (long sent = 0; sent < size; ) {
                    random.nextBytes(buf);
                    int n = (int) Math.min(buf.length, size - sent);
                    out.write(buf, 0, n);
                    sha.update(buf, 0, n);
                    sent += n;
                }
                if (!closeEarly) {
                    out.write(tail);
                }
                out.flush();
                s.shutdownOutput();
            } catch (IOException e) {
                // The server answered (413) and closed before we finished sending: read what it said.
            }
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    static long filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    static void awaitNoFiles() throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (filesIn(uploads) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20); // the server deletes them right after writing the response
        }
        assertThat(filesIn(uploads)).isZero();
    }

    @Test
    void a20MegabyteUploadStreamsToDiskWithFlatHeapAndIsDeletedAfterTheRequest() throws Exception {
        heapBefore = usedHeapAfterGc();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        String response = upload(20L * MB, false, sha);
        assertThat(response).startsWith("HTTP/1.1 200");
        String hash = HexFormat.of().formatHex(sha.digest());
        assertThat(response).contains("disk=true size=" + 20L * MB + " sha=" + hash + " title=big one");
        long growthMb = Long.parseLong(response.substring(response.indexOf("heapGrowthMb=") + 13).strip());
        assertThat(growthMb).as("heap growth while the 20 MB upload is live").isLessThan(8);
        assertThat(SEEN).hasSize(1);
        assertThat(SEEN.getFirst().getParent()).isEqualTo(uploads);
        awaitNoFiles();
        assertThat(SEEN.getFirst()).doesNotExist();
    }

    @Test
    void aFileOverTheLimitIs413NamingItAndLeavesNothingOnDisk() throws Exception {
        String response = upload(31L * MB, false, MessageDigest.getInstance("SHA-256"));
        assertThat(response).startsWith("HTTP/1.1 413")
                .contains("uploaded file 'blob.bin' (field 'blob') exceeds the per-file upload limit of "
                        + 30L * MB + " bytes");
        awaitNoFiles();
    }

    @Test
    void aDeclaredBodyOverTheTotalIs413BeforeReadingIt() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(5_000);
            s.getOutputStream().write(("POST /upload/ HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data;"
                    + " boundary=x\r\nContent-Length: " + 41L * MB + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            byte[] buf = new byte[4096];
            int n = s.getInputStream().read(buf);
            assertThat(new String(buf, 0, n, StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 413")
                    .contains("request body of " + 41L * MB + " bytes exceeds the limit of " + 40L * MB + " bytes");
        }
    }

    @Test
    void aTruncatedBodyIs400AndLeavesNothingOnDisk() throws Exception {
        // The client sends everything it declared, but the closing boundary never comes.
        String response = upload(5L * MB, true, MessageDigest.getInstance("SHA-256"));
        assertThat(response).startsWith("HTTP/1.1 400")
                .contains("truncated multipart body: part 2 has no closing boundary");
        awaitNoFiles();
    }

    @Test
    void aViewThatFailsStillHasItsUploadsDeleted() throws Exception {
        SEEN.clear();
        // A server whose view throws after touching the spilled upload: the 500 must still delete it.
        Router failing = Router.of(Routes.path("upload/", r -> {
            r.multipart().file("blob").orElseThrow().temporaryFile().ifPresent(SEEN::add);
            throw new IllegalStateException("view failed after reading the upload");
        }));
        JangoServer previous = server;
        server = JangoServer.start(ServerConfig.defaults().withPort(0).withLimits(RequestLimits.defaults()
                .withUploads(UploadLimits.defaults().withTempDir(uploads))), Dispatcher.builder().router(failing).build());
        try {
            String response = upload(3L * MB, false, MessageDigest.getInstance("SHA-256"));
            assertThat(response).startsWith("HTTP/1.1 500");
            assertThat(SEEN).hasSize(1);
            awaitNoFiles();
        } finally {
            server.close();
            server = previous;
        }
    }
}

package dev.jango.web.middleware;

import dev.jango.web.http.Body;
import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Compresses text-like responses for clients that accept gzip. In-memory bodies are compressed when at least
 * {@code minBytes} and only if that makes them smaller; streamed bodies are compressed chunk by chunk (sync flush,
 * so each flushed chunk still reaches the client at once). File bodies are left alone (ranges must stay valid).
 * Strong ETags become weak, since the bytes differ from the uncompressed representation.
 *
 * <pre>{@code
 * new GZipMiddleware(200)
 * }</pre>
 */
public final class GZipMiddleware implements Middleware {
    private static final Pattern ZERO_Q = Pattern.compile("q=0(\\.0*)?");
    private final int minBytes;

    /** Compresses in-memory bodies of at least {@code minBytes}. */
    public GZipMiddleware(int minBytes) {
        this.minBytes = minBytes;
    }

    @Override
    public HttpResponse handle(HttpRequest request, Chain chain) throws Exception {
        HttpResponse r = chain.proceed(request);
        if (r.status() < 200 || r.status() == 204 || r.status() == 206 || r.status() == 304
                || r.headers().has("Content-Encoding") || !compressible(r.header("Content-Type").orElse(""))) {
            return r;
        }
        r = r.varyOn("Accept-Encoding");
        if (!acceptsGzip(request.header("Accept-Encoding").orElse(""))) {
            return r;
        }
        return switch (r.body()) {
            case Body.Bytes(byte[] bytes) -> {
                if (bytes.length < minBytes) {
                    yield r;
                }
                byte[] gz = gzip(bytes);
                yield gz.length >= bytes.length ? r : weakenEtag(r).withHeader("Content-Encoding", "gzip").withBody(new Body.Bytes(gz));
            }
            case Body.Streamed(Body.Writer writer) -> weakenEtag(r).withHeader("Content-Encoding", "gzip")
                    .withBody(new Body.Streamed(out -> {
                        GZIPOutputStream gz = new GZIPOutputStream(new NonClosing(out), 8192, true);
                        writer.writeTo(gz);
                        gz.finish();
                        out.flush();
                    }));
            case Body.FileRange f -> r;
        };
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding.isEmpty()) {
            return false;
        }
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] p = part.strip().split(";");
            if (p[0].strip().equals("gzip") || p[0].strip().equals("*")) {
                return !(p.length > 1 && ZERO_Q.matcher(p[1].replace(" ", "")).matches());
            }
        }
        return false;
    }

    private static boolean compressible(String contentType) {
        String ct = contentType.toLowerCase(Locale.ROOT);
        return ct.startsWith("text/") || ct.contains("json") || ct.contains("javascript") || ct.contains("xml")
                || ct.startsWith("image/svg");
    }

    private static HttpResponse weakenEtag(HttpResponse r) {
        return r.header("ETag").filter(e -> !e.startsWith("W/")).map(e -> r.withHeader("ETag", "W/" + e)).orElse(r);
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }

    /** The server closes the real stream; the gzip trailer must not close it early. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

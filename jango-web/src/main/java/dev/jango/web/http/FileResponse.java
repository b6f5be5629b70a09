package dev.jango.web.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Serves a file, honouring a single {@code Range: bytes=…} request with 206 (or 416 when unsatisfiable). Several
 * ranges in one request are answered with the whole file (200), which RFC 9110 allows.
 *
 * <pre>{@code
 * return FileResponse.of(request, Path.of("media/report.pdf"));
 * return FileResponse.attachment(request, path, "report-2026.pdf");
 * }</pre>
 */
public final class FileResponse {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"), Map.entry("zip", "application/zip"),
            Map.entry("woff2", "font/woff2"), Map.entry("mp4", "video/mp4"), Map.entry("wasm", "application/wasm"));

    private FileResponse() {}

    /** The file, inline; {@link Http404} if it is missing or not a regular file. */
    public static HttpResponse of(HttpRequest request, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new Http404("file not found: " + file.getFileName());
        }
        long size;
        String lastModified;
        try {
            size = Files.size(file);
            lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    Files.getLastModifiedTime(file).toInstant().atOffset(ZoneOffset.UTC));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        HttpResponse base = HttpResponse.status(200)
                .withHeader("Content-Type", contentType(file))
                .withHeader("Accept-Ranges", "bytes")
                .withHeader("Last-Modified", lastModified);
        String range = request.header("Range").orElse("");
        if (range.isEmpty() || !request.method().equals("GET")) {
            return base.withBody(new Body.FileRange(file, 0, size));
        }
        long[] slice = parseRange(range, size);
        if (slice == null) {
            return base.withBody(new Body.FileRange(file, 0, size));
        }
        if (slice.length == 0) {
            return HttpResponse.text(416, "Range not satisfiable: '" + range + "' for a file of " + size + " bytes")
                    .withHeader("Content-Range", "bytes */" + size);
        }
        long start = slice[0];
        long end = slice[1];
        return base.withStatus(206)
                .withHeader("Content-Range", "bytes " + start + "-" + end + "/" + size)
                .withBody(new Body.FileRange(file, start, end - start + 1));
    }

    /** The file as a download named {@code filename}. */
    public static HttpResponse attachment(HttpRequest request, Path file, String filename) {
        String ascii = filename.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
        return of(request, file).withHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"");
    }

    /**
     * {@code [start, end]} inclusive; an empty array when unsatisfiable; null when the header is not a single byte
     * range we serve partially (ignored: the whole file is sent).
     */
    static long[] parseRange(String header, long size) {
        String h = header.strip();
        if (!h.regionMatches(true, 0, "bytes=", 0, 6) || h.indexOf(',') >= 0) {
            return null;
        }
        String spec = h.substring(6).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        try {
            String a = spec.substring(0, dash).strip();
            String b = spec.substring(dash + 1).strip();
            if (a.isEmpty()) {
                long suffix = Long.parseLong(b);
                if (suffix <= 0 || size == 0) {
                    return new long[0];
                }
                return new long[] {Math.max(0, size - suffix), size - 1};
            }
            long start = Long.parseLong(a);
            long end = b.isEmpty() ? size - 1 : Math.min(Long.parseLong(b), size - 1);
            if (start < 0 || start >= size || end < start) {
                return new long[0];
            }
            return new long[] {start, end};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String known = TYPES.get(ext);
        if (known != null) {
            return known;
        }
        try {
            String probed = Files.probeContentType(file);
            return probed == null ? "application/octet-stream" : probed;
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }
}

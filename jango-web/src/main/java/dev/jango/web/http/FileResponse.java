package dev.jango.web.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Serves a file with an ETag and Last-Modified, honouring {@code Range: bytes=…} (RFC 9110 §14): one range is a 206
 * with Content-Range; several are a 206 {@code multipart/byteranges} (overlapping or near ranges coalesced, more than
 * {@link ByteRanges#MAX_RANGES} answered 200 with the whole file); none satisfiable is a 416 with
 * {@code Content-Range: bytes *}{@code /size}. An {@code If-Range} that no longer matches gets the whole file.
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
        Instant modified;
        try {
            size = Files.size(file);
            modified = Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.atOffset(ZoneOffset.UTC));
        // Strong validator from size and modification time, as If-Range needs one (RFC 9110 §13.1.5).
        String etag = "\"" + Long.toHexString(size) + "-" + Long.toHexString(modified.toEpochMilli()) + "\"";
        String type = contentType(file);
        HttpResponse base = HttpResponse.status(200)
                .withHeader("Content-Type", type)
                .withHeader("Accept-Ranges", "bytes")
                .withHeader("Last-Modified", lastModified)
                .withHeader("ETag", etag);
        String range = request.header("Range").orElse("");
        if (range.isEmpty() || !request.method().equals("GET")
                || !ifRangeHolds(request.header("If-Range").orElse(null), etag, modified)) {
            return base.withBody(new Body.FileRange(file, 0, size));
        }
        return switch (ByteRanges.parse(range, size)) {
            case ByteRanges.Ignored i -> base.withBody(new Body.FileRange(file, 0, size));
            case ByteRanges.Unsatisfiable u -> HttpResponse.text(416, "Range not satisfiable: '" + range
                            + "' for a file of " + size + " bytes")
                    .withHeader("Content-Range", "bytes */" + size);
            case ByteRanges.Partial(var ranges) when ranges.size() == 1 -> base.withStatus(206)
                    .withHeader("Content-Range", ranges.getFirst().contentRange(size))
                    .withBody(new Body.FileRange(file, ranges.getFirst().first(), ranges.getFirst().length()));
            case ByteRanges.Partial(var ranges) -> {
                MultipartByteranges parts = new MultipartByteranges(file, ranges, type, size);
                yield base.withStatus(206)
                        .withHeader("Content-Type", parts.mediaType())
                        .withHeader("Content-Length", Long.toString(parts.length()))
                        .withBody(new Body.Streamed(parts::writeTo));
            }
        };
    }

    /** The file as a download named {@code filename}. */
    public static HttpResponse attachment(HttpRequest request, Path file, String filename) {
        String ascii = filename.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
        return of(request, file).withHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"");
    }

    /**
     * Whether a Range may be honoured: there is no If-Range, or it names the current representation by its
     * strong ETag or its exact Last-Modified date. A weak tag or another date means "send it all" (RFC 9110 §13.1.5).
     */
    static boolean ifRangeHolds(String ifRange, String etag, Instant modified) {
        if (ifRange == null) {
            return true;
        }
        String v = ifRange.strip();
        if (v.startsWith("\"") || v.startsWith("W/")) {
            return v.equals(etag);
        }
        try {
            Instant date = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return date.getEpochSecond() == modified.getEpochSecond();
        } catch (DateTimeParseException e) {
            return false;
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

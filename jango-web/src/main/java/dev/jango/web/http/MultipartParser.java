package dev.jango.web.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Parses a {@code multipart/form-data} body (RFC 7578) as it streams in, through a fixed-size window: file parts
 * over {@link UploadLimits#memoryThreshold()} go to temporary files while they arrive, so the whole body is never
 * in memory. Strict: a missing boundary, a part without a name, a truncated body or too many parts is a
 * {@link BadRequest} that says which; a file or body over its limit is a {@link PayloadTooLarge}. On any failure the
 * temporary files written so far are deleted before the exception leaves, so there is never a partial form.
 *
 * <pre>{@code
 * MultipartForm form = MultipartParser.parse(in, MultipartParser.boundary(contentType), RequestLimits.defaults());
 * try { ... } finally { form.deleteTemporaryFiles(); }
 * }</pre>
 */
public final class MultipartParser {
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] DASHES = {'-', '-'};
    private static final MultipartInput.Needle HEADER_END = new MultipartInput.Needle(new byte[] {'\r', '\n', '\r', '\n'});

    private MultipartParser() {}

    /** The boundary parameter of a {@code multipart/form-data} content type. */
    public static String boundary(String contentType) {
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (p.regionMatches(true, 0, "boundary=", 0, 9)) {
                String b = unquote(p.substring(9).strip());
                if (b.isEmpty() || b.length() > 70) {
                    throw new BadRequest("multipart boundary must be 1 to 70 characters, got " + b.length());
                }
                return b;
            }
        }
        throw new BadRequest("multipart/form-data content type without a boundary parameter: '" + contentType + "'");
    }

    /**
     * Parses a body already in memory; every part stays in memory (nothing to clean up).
     *
     * @param maxParts largest number of parts accepted
     * @param maxHeaderBytes largest header block of one part
     */
    public static MultipartForm parse(byte[] body, String boundary, int maxParts, int maxHeaderBytes) {
        UploadLimits unbounded = UploadLimits.defaults().withMaxFileBytes(Long.MAX_VALUE).withMaxTotalBytes(Long.MAX_VALUE);
        RequestLimits limits = new RequestLimits(Long.MAX_VALUE, 1000, maxParts, Math.max(64, maxHeaderBytes), unbounded);
        return parseInMemory(body, boundary, limits);
    }

    /** Parses a body already in memory under {@code limits}, keeping every part in memory. */
    static MultipartForm parseInMemory(byte[] body, String boundary, RequestLimits limits) {
        try {
            return parse(new ByteArrayInputStream(body), boundary, limits, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail to read
        }
    }

    /**
     * Parses a body as it streams from {@code in} under {@code limits}; big file parts are spilled to temporary
     * files that the caller deletes with {@link MultipartForm#deleteTemporaryFiles()} when the request ends.
     *
     * @throws IOException when reading {@code in} fails (the client went away or stalled)
     */
    public static MultipartForm parse(InputStream in, String boundary, RequestLimits limits) throws IOException {
        return parse(in, boundary, limits, true);
    }

    private static MultipartForm parse(InputStream in, String boundary, RequestLimits limits, boolean mayUseDisk)
            throws IOException {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        MultipartInput.Needle next = new MultipartInput.Needle(("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1));
        MultipartInput input = new MultipartInput(in, limits.uploads().maxTotalBytes(), limits.maxPartHeaderBytes() + 128);
        Parts parts = new Parts(limits, mayUseDisk);
        try {
            skipPreamble(input, delimiter, next);
            int count = 0;
            while (true) {
                if (input.startsWith(DASHES)) {
                    return parts.form();
                }
                while (input.peek() == ' ' || input.peek() == '\t') {
                    input.skip(1);
                }
                if (!input.startsWith(CRLF)) {
                    throw new BadRequest(input.available() == 0
                            ? "truncated multipart body: it ends right after a boundary"
                            : "malformed multipart body: boundary not followed by CRLF");
                }
                input.skip(2);
                if (++count > limits.maxParts()) {
                    throw new BadRequest("too many multipart parts: more than " + limits.maxParts());
                }
                Map<String, String> headers = headers(input, limits.maxPartHeaderBytes(), count);
                parts.read(headers, count, input, next);
            }
        } catch (RuntimeException | IOException | Error e) {
            parts.abort();
            throw e;
        }
    }

    private static void skipPreamble(MultipartInput input, byte[] delimiter, MultipartInput.Needle next)
            throws IOException {
        if (input.startsWith(delimiter)) {
            input.skip(delimiter.length);
            return;
        }
        if (!input.copyUntil(next, (b, o, l) -> { })) {
            throw new BadRequest("malformed multipart body: the boundary from Content-Type never appears");
        }
    }

    private static Map<String, String> headers(MultipartInput input, int maxHeaderBytes, int index) throws IOException {
        if (input.startsWith(CRLF)) {
            input.skip(2); // a part with no headers at all; rejected later for lacking a name
            return Map.of();
        }
        int end = input.find(HEADER_END, maxHeaderBytes);
        if (end < 0) {
            throw new BadRequest(input.available() > maxHeaderBytes
                    ? "multipart part " + index + " has more than " + maxHeaderBytes + " bytes of headers"
                    : "truncated multipart body: part " + index + " headers never end");
        }
        String block = new String(input.take(end), StandardCharsets.UTF_8);
        input.skip(4);
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : block.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new BadRequest("multipart part " + index + " has a malformed header line: '" + clip(line) + "'");
            }
            out.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        return out;
    }

    /** The parts read so far, and the budget for plain fields. */
    private static final class Parts {
        private final RequestLimits limits;
        private final boolean mayUseDisk;
        private final Params.Builder fields = Params.builder();
        private final Map<String, List<UploadedFile>> files = new LinkedHashMap<>();
        private long fieldBytes;
        private UploadSpool current;

        Parts(RequestLimits limits, boolean mayUseDisk) {
            this.limits = limits;
            this.mayUseDisk = mayUseDisk;
        }

        void read(Map<String, String> headers, int index, MultipartInput input, MultipartInput.Needle next)
                throws IOException {
            String disposition = headers.get("content-disposition");
            if (disposition == null) {
                throw new BadRequest("multipart part " + index + " has no Content-Disposition header");
            }
            Map<String, String> params = dispositionParams(disposition);
            String name = params.get("name");
            if (name == null || name.isEmpty()) {
                throw new BadRequest("multipart part " + index + " has no name in Content-Disposition: '"
                        + disposition + "'");
            }
            String filename = params.get("filename");
            if (filename == null) {
                ByteArrayOutputStream value = new ByteArrayOutputStream();
                requireClosed(input.copyUntil(next, (b, o, l) -> {
                    fieldBytes += l;
                    if (fieldBytes > limits.maxBodyBytes()) {
                        throw new PayloadTooLarge("multipart text fields exceed the limit of " + limits.maxBodyBytes()
                                + " bytes (field '" + name + "')");
                    }
                    value.write(b, o, l);
                }), index);
                fields.add(name, value.toString(StandardCharsets.UTF_8));
                return;
            }
            current = new UploadSpool(name, filename, limits.uploads(), mayUseDisk);
            requireClosed(input.copyUntil(next, current), index);
            String type = Optional.ofNullable(headers.get("content-type")).orElse("application/octet-stream");
            files.computeIfAbsent(name, k -> new ArrayList<>()).add(current.finish(type));
            current = null;
        }

        MultipartForm form() {
            Map<String, List<UploadedFile>> frozen = new LinkedHashMap<>();
            files.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            return new MultipartForm(fields.build(), frozen);
        }

        void abort() {
            if (current != null) {
                current.abort();
            }
            files.values().forEach(list -> list.forEach(UploadedFile::discard));
        }

        private static void requireClosed(boolean closed, int index) {
            if (!closed) {
                throw new BadRequest("truncated multipart body: part " + index + " has no closing boundary");
            }
        }
    }

    private static Map<String, String> dispositionParams(String disposition) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = disposition.indexOf(';');
        while (i >= 0 && i < disposition.length()) {
            int eq = disposition.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = disposition.substring(i + 1, eq).strip().toLowerCase(Locale.ROOT);
            int j = eq + 1;
            String value;
            if (j < disposition.length() && disposition.charAt(j) == '"') {
                StringBuilder sb = new StringBuilder();
                j++;
                while (j < disposition.length() && disposition.charAt(j) != '"') {
                    char c = disposition.charAt(j);
                    if (c == '\\' && j + 1 < disposition.length()) {
                        c = disposition.charAt(++j);
                    }
                    sb.append(c);
                    j++;
                }
                value = sb.toString();
                j = disposition.indexOf(';', j);
            } else {
                int semi = disposition.indexOf(';', j);
                value = disposition.substring(j, semi < 0 ? disposition.length() : semi).strip();
                j = semi;
            }
            out.putIfAbsent(key, value);
            i = j;
        }
        return out;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}

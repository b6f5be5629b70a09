package dev.jango.web.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Parses a complete {@code multipart/form-data} body (RFC 7578) held in memory. Strict: a missing boundary, a part
 * without a name, a truncated body or too many parts is a {@link BadRequest} that says which, never a partial form.
 *
 * <pre>{@code
 * MultipartForm form = MultipartParser.parse(body, MultipartParser.boundary(contentType), 100, 8192);
 * }</pre>
 */
public final class MultipartParser {
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

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
     * Parses {@code body}.
     *
     * @param maxParts largest number of parts accepted
     * @param maxHeaderBytes largest header block of one part
     */
    public static MultipartForm parse(byte[] body, String boundary, int maxParts, int maxHeaderBytes) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] nextDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int pos = firstDelimiter(body, delimiter);
        Params.Builder fields = Params.builder();
        Map<String, List<UploadedFile>> files = new LinkedHashMap<>();
        int parts = 0;
        while (true) {
            pos += delimiter.length;
            if (startsWith(body, pos, new byte[] {'-', '-'})) {
                return new MultipartForm(fields.build(), freeze(files));
            }
            while (pos < body.length && (body[pos] == ' ' || body[pos] == '\t')) {
                pos++;
            }
            if (!startsWith(body, pos, CRLF)) {
                throw new BadRequest("malformed multipart body: boundary not followed by CRLF at byte " + pos);
            }
            pos += 2;
            if (++parts > maxParts) {
                throw new BadRequest("too many multipart parts: more than " + maxParts);
            }
            int headerEnd = indexOf(body, HEADER_END, pos, Math.min(body.length, pos + maxHeaderBytes + 4));
            if (headerEnd < 0 && startsWith(body, pos, CRLF)) {
                headerEnd = pos - 2; // a part with no headers at all; rejected below for lacking a name
            }
            if (headerEnd < 0) {
                throw new BadRequest(body.length - pos > maxHeaderBytes
                        ? "multipart part " + parts + " has more than " + maxHeaderBytes + " bytes of headers"
                        : "truncated multipart body: part " + parts + " headers never end");
            }
            Map<String, String> headers = headers(new String(body, pos, Math.max(0, headerEnd - pos), StandardCharsets.UTF_8), parts);
            int contentStart = headerEnd + 4;
            int contentEnd = indexOf(body, nextDelimiter, contentStart, body.length);
            if (contentEnd < 0) {
                throw new BadRequest("truncated multipart body: part " + parts + " has no closing boundary");
            }
            addPart(headers, java.util.Arrays.copyOfRange(body, contentStart, contentEnd), parts, fields, files);
            pos = contentEnd + 2;
        }
    }

    private static void addPart(Map<String, String> headers, byte[] content, int index, Params.Builder fields,
                                Map<String, List<UploadedFile>> files) {
        String disposition = headers.get("content-disposition");
        if (disposition == null) {
            throw new BadRequest("multipart part " + index + " has no Content-Disposition header");
        }
        Map<String, String> params = dispositionParams(disposition);
        String name = params.get("name");
        if (name == null || name.isEmpty()) {
            throw new BadRequest("multipart part " + index + " has no name in Content-Disposition: '" + disposition + "'");
        }
        String filename = params.get("filename");
        if (filename == null) {
            fields.add(name, new String(content, StandardCharsets.UTF_8));
        } else {
            String type = Optional.ofNullable(headers.get("content-type")).orElse("application/octet-stream");
            files.computeIfAbsent(name, k -> new ArrayList<>()).add(new UploadedFile(name, filename, type, content));
        }
    }

    private static Map<String, String> headers(String block, int index) {
        Map<String, String> out = new LinkedHashMap<>();
        if (block.isEmpty()) {
            return out;
        }
        for (String line : block.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new BadRequest("multipart part " + index + " has a malformed header line: '" + clip(line) + "'");
            }
            out.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        return out;
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

    private static int firstDelimiter(byte[] body, byte[] delimiter) {
        if (startsWith(body, 0, delimiter)) {
            return 0;
        }
        byte[] withCrlf = new byte[delimiter.length + 2];
        withCrlf[0] = '\r';
        withCrlf[1] = '\n';
        System.arraycopy(delimiter, 0, withCrlf, 2, delimiter.length);
        int at = indexOf(body, withCrlf, 0, body.length);
        if (at < 0) {
            throw new BadRequest("malformed multipart body: the boundary from Content-Type never appears");
        }
        return at + 2;
    }

    private static boolean startsWith(byte[] body, int at, byte[] prefix) {
        if (at < 0 || at + prefix.length > body.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    // Boyer-Moore-Horspool: a body crafted from near-misses of the boundary costs about n/m steps, not n*m.
    private static int indexOf(byte[] body, byte[] needle, int from, int to) {
        int m = needle.length;
        int[] shift = new int[256];
        java.util.Arrays.fill(shift, m);
        for (int i = 0; i < m - 1; i++) {
            shift[needle[i] & 0xff] = m - 1 - i;
        }
        int i = Math.max(0, from);
        while (i <= to - m) {
            int j = m - 1;
            while (j >= 0 && body[i + j] == needle[j]) {
                j--;
            }
            if (j < 0) {
                return i;
            }
            i += shift[body[i + m - 1] & 0xff];
        }
        return -1;
    }

    private static Map<String, List<UploadedFile>> freeze(Map<String, List<UploadedFile>> files) {
        Map<String, List<UploadedFile>> out = new LinkedHashMap<>();
        files.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}

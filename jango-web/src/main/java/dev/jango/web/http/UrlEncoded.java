package dev.jango.web.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Parses {@code application/x-www-form-urlencoded} text (query strings and form bodies) strictly: a bad percent
 * escape or too many fields is a {@link BadRequest} naming the problem, never a silent drop.
 *
 * <pre>{@code
 * Params p = UrlEncoded.parse("a=1&b=x%20y", 1000);   // {a=[1], b=[x y]}
 * }</pre>
 */
public final class UrlEncoded {
    private UrlEncoded() {}

    /** Parses {@code text}; at most {@code maxFields} name/value pairs are accepted. */
    public static Params parse(String text, int maxFields) {
        Params.Builder b = Params.builder();
        if (text == null || text.isEmpty()) {
            return b.build();
        }
        int n = 0;
        int start = 0;
        while (start <= text.length()) {
            int amp = text.indexOf('&', start);
            int end = amp < 0 ? text.length() : amp;
            if (end > start) {
                if (++n > maxFields) {
                    throw new BadRequest("too many fields: more than " + maxFields + " name/value pairs");
                }
                int eq = text.indexOf('=', start);
                if (eq < 0 || eq > end) {
                    b.add(decode(text, start, end), "");
                } else {
                    b.add(decode(text, start, eq), decode(text, eq + 1, end));
                }
            }
            if (amp < 0) {
                break;
            }
            start = amp + 1;
        }
        return b.build();
    }

    /** Decodes one percent-encoded component ({@code +} is a space). */
    public static String decode(String s) {
        return decode(s, 0, s.length());
    }

    private static String decode(String s, int from, int to) {
        boolean plain = true;
        for (int i = from; i < to && plain; i++) {
            char c = s.charAt(i);
            plain = c != '%' && c != '+';
        }
        if (plain) {
            return s.substring(from, to);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '+') {
                out.write(' ');
            } else if (c == '%') {
                if (i + 2 >= to) {
                    throw new BadRequest("truncated percent escape at offset " + i + " in '" + clip(s, from, to) + "'");
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new BadRequest("bad percent escape '" + s.substring(i, i + 3) + "' in '" + clip(s, from, to) + "'");
                }
                out.write(hi << 4 | lo);
                i += 2;
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < to) {
                    bytes = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                out.writeBytes(bytes);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Percent-encodes {@code s} for a query string or form body (space becomes {@code +}). */
    public static String encode(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else if (c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }

    private static String clip(String s, int from, int to) {
        String part = s.substring(from, to);
        return part.length() > 60 ? part.substring(0, 60) + "…" : part;
    }
}

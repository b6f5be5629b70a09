package dev.jango.web.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses a request's {@code Cookie} header. Malformed pairs are skipped rather than failing the request, as browsers
 * send whatever other sites on the domain set.
 *
 * <pre>{@code
 * Cookies.parse("sessionid=abc; csrftoken=xyz").get("csrftoken");   // "xyz"
 * }</pre>
 */
public final class Cookies {
    private Cookies() {}

    /** Name to value; the first occurrence of a name wins (the most specific path, by RFC 6265 ordering). */
    public static Map<String, String> parse(String header) {
        if (header == null || header.isBlank()) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : header.split(";")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = pair.substring(0, eq).strip();
            String value = pair.substring(eq + 1).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (!name.isEmpty() && name.chars().allMatch(Headers::isToken)) {
                out.putIfAbsent(name, value);
            }
        }
        return Collections.unmodifiableMap(out);
    }
}

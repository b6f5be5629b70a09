package dev.jango.web.settings;

import java.util.Locale;

/** Host header helpers: the comparison {@link Settings#isAllowedHost} needs. */
final class HostNames {
    private HostNames() {
    }

    /** {@code Example.com:8000} → {@code example.com}; {@code [::1]:80} → {@code [::1]}. */
    static String stripPort(String hostHeader) {
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.lastIndexOf(':');
        String bare = colon < 0 ? h : h.substring(0, colon);
        return bare.endsWith(".") ? bare.substring(0, bare.length() - 1) : bare;
    }
}

package dev.jango.web.http;

/**
 * Redirect responses. The target must be a path or an http(s) URL: a {@code javascript:} or other scheme is
 * rejected, so a user-supplied {@code next} cannot become script.
 *
 * <pre>{@code
 * return Redirect.to("/books/" + id + "/");     // 302
 * return Redirect.permanent("/new-home/");      // 301
 * return Redirect.to("/done/", 303);            // see other
 * }</pre>
 */
public final class Redirect {
    private Redirect() {}

    /** A temporary (302) redirect. */
    public static HttpResponse to(String location) {
        return to(location, 302);
    }

    /** A permanent (301) redirect. */
    public static HttpResponse permanent(String location) {
        return to(location, 301);
    }

    /** A redirect with one of 301, 302, 303, 307, 308. */
    public static HttpResponse to(String location, int status) {
        if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
            throw new IllegalArgumentException("redirect status must be 301, 302, 303, 307 or 308, got " + status);
        }
        int colon = location.indexOf(':');
        int slash = location.indexOf('/');
        if (colon >= 0 && (slash < 0 || colon < slash)) {
            String scheme = location.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IllegalArgumentException("redirect to a '" + scheme + ":' URL is not allowed: " + location);
            }
        }
        return HttpResponse.status(status).withHeader("Location", location);
    }
}

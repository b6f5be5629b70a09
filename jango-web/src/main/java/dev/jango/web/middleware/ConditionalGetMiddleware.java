package dev.jango.web.middleware;

import dev.jango.web.http.Body;
import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Conditional GET: gives successful in-memory GET/HEAD responses an ETag (a hash of the body) unless the view set
 * one, and answers {@code If-None-Match} / {@code If-Modified-Since} hits with 304 and no body. Streamed bodies are
 * not hashed (that would buffer them); they are still answered 304 if the view set an ETag or Last-Modified.
 *
 * <pre>{@code
 * new ConditionalGetMiddleware()
 * }</pre>
 */
public final class ConditionalGetMiddleware implements Middleware {

    @Override
    public HttpResponse handle(HttpRequest request, Chain chain) throws Exception {
        HttpResponse r = chain.proceed(request);
        String method = request.method();
        if (r.status() != 200 || !(method.equals("GET") || method.equals("HEAD"))) {
            return r;
        }
        if (!r.headers().has("ETag") && r.body() instanceof Body.Bytes(byte[] bytes)) {
            r = r.withHeader("ETag", etag(bytes));
        }
        String etag = r.header("ETag").orElse(null);
        String ifNoneMatch = request.header("If-None-Match").orElse(null);
        if (ifNoneMatch != null) {
            return etag != null && matches(ifNoneMatch, etag) ? notModified(r) : r;
        }
        String lastModified = r.header("Last-Modified").orElse(null);
        String ifModifiedSince = request.header("If-Modified-Since").orElse(null);
        if (lastModified != null && ifModifiedSince != null && notNewer(lastModified, ifModifiedSince)) {
            return notModified(r);
        }
        return r;
    }

    private static HttpResponse notModified(HttpResponse r) {
        HttpResponse out = HttpResponse.status(304);
        for (String h : new String[] {"ETag", "Last-Modified", "Cache-Control", "Vary", "Expires", "Content-Location"}) {
            String v = r.header(h).orElse(null);
            if (v != null) {
                out = out.withHeader(h, v);
            }
        }
        for (var c : r.cookies()) {
            out = out.withCookie(c);
        }
        return out;
    }

    /** Weak comparison (RFC 9110 §13.1.2): {@code W/"x"} matches {@code "x"}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch.strip().equals("*")) {
            return true;
        }
        String bare = strip(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            if (strip(candidate.strip()).equals(bare)) {
                return true;
            }
        }
        return false;
    }

    private static String strip(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static boolean notNewer(String lastModified, String ifModifiedSince) {
        try {
            ZonedDateTime lm = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME);
            ZonedDateTime ims = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME);
            return !lm.isAfter(ims);
        } catch (DateTimeParseException e) {
            return false; // an unparseable date is ignored, as RFC 9110 says
        }
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(d).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the JDK", e);
        }
    }
}

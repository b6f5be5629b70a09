package dev.jango.web.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An immutable response: status, headers, cookies to set and a {@link Body}. Views return one; middleware derives
 * changed copies with the {@code with…} methods. {@link JsonResponse}, {@link Redirect}, {@link StreamingResponse}
 * and {@link FileResponse} build the common kinds.
 *
 * <pre>{@code
 * return HttpResponse.html("<h1>Hello</h1>").withHeader("Cache-Control", "no-store");
 * return HttpResponse.text(201, "created");
 * }</pre>
 */
public final class HttpResponse {
    private static final String TEXT_TYPE = "text/plain; charset=utf-8";
    private static final String HTML_TYPE = "text/html; charset=utf-8";
    // Built once: nearly every response starts from one of these (Headers are immutable, so sharing is safe).
    private static final Headers TEXT = Headers.of("Content-Type", TEXT_TYPE);
    private static final Headers HTML = Headers.of("Content-Type", HTML_TYPE);

    private final int status;
    private final Headers headers;
    private final List<SetCookie> cookies;
    private final Body body;

    private HttpResponse(int status, Headers headers, List<SetCookie> cookies, Body body) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status must be 100..599, got " + status);
        }
        this.status = status;
        this.headers = headers;
        this.cookies = cookies;
        this.body = body;
    }

    /** A response with {@code status}, a Content-Type and bytes. */
    public static HttpResponse of(int status, String contentType, byte[] bytes) {
        return owned(status, contentType, bytes.clone());
    }

    /** {@link #of} for an array nobody else holds: no defensive copy. */
    private static HttpResponse owned(int status, String contentType, byte[] bytes) {
        Headers h = switch (contentType) {
            case TEXT_TYPE -> TEXT;
            case HTML_TYPE -> HTML;
            default -> Headers.of("Content-Type", contentType);
        };
        return new HttpResponse(status, h, List.of(), new Body.Bytes(bytes));
    }

    /** A 200 {@code text/html; charset=utf-8} response. */
    public static HttpResponse html(String html) {
        return html(200, html);
    }

    /** An HTML response with {@code status}. */
    public static HttpResponse html(int status, String html) {
        return owned(status, HTML_TYPE, html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * An HTML response whose body is {@code utf8}, taken over without a copy: the caller gives the array up and must
     * not change it afterwards. For renderers that produce bytes (see {@code Templates.renderUtf8}).
     *
     * <pre>{@code
     * return HttpResponse.htmlUtf8(200, templates.renderUtf8("shop/book_list.html", context));
     * }</pre>
     */
    public static HttpResponse htmlUtf8(int status, byte[] utf8) {
        return owned(status, HTML_TYPE, utf8);
    }

    /** A 200 {@code text/plain; charset=utf-8} response. */
    public static HttpResponse text(String text) {
        return text(200, text);
    }

    /** A plain-text response with {@code status}. */
    public static HttpResponse text(int status, String text) {
        return owned(status, TEXT_TYPE, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A bodiless response with {@code status} (204, 304…). */
    public static HttpResponse status(int status) {
        return new HttpResponse(status, Headers.empty(), List.of(), Body.empty());
    }

    /** The status code. */
    public int status() {
        return status;
    }

    /** The headers (cookies are separate: {@link #cookies()}). */
    public Headers headers() {
        return headers;
    }

    /** The first value of header {@code name}. */
    public Optional<String> header(String name) {
        return headers.first(name);
    }

    /** Cookies to set, in order. */
    public List<SetCookie> cookies() {
        return cookies;
    }

    /** The body. */
    public Body body() {
        return body;
    }

    /** The in-memory body bytes; {@link IllegalStateException} for a streamed or file body. */
    public byte[] bytes() {
        if (body instanceof Body.Bytes(byte[] b)) {
            return b.clone();
        }
        throw new IllegalStateException("response body is " + body.getClass().getSimpleName() + ", not in memory");
    }

    /** A copy with another status. */
    public HttpResponse withStatus(int s) {
        return new HttpResponse(s, headers, cookies, body);
    }

    /** A copy with header {@code name} set to {@code value} (replacing). */
    public HttpResponse withHeader(String name, String value) {
        return new HttpResponse(status, headers.with(name, value), cookies, body);
    }

    /** A copy with {@code value} appended to header {@code name}. */
    public HttpResponse plusHeader(String name, String value) {
        return new HttpResponse(status, headers.plus(name, value), cookies, body);
    }

    /** A copy without header {@code name}. */
    public HttpResponse withoutHeader(String name) {
        return new HttpResponse(status, headers.without(name), cookies, body);
    }

    /** A copy whose headers are {@code h}. */
    public HttpResponse withHeaders(Headers h) {
        return new HttpResponse(status, h, cookies, body);
    }

    /** A copy that also sets {@code cookie}, replacing an earlier instruction for the same name. */
    public HttpResponse withCookie(SetCookie cookie) {
        if (cookies.isEmpty()) {
            return new HttpResponse(status, headers, List.of(cookie), body);
        }
        List<SetCookie> next = new ArrayList<>(cookies);
        next.removeIf(c -> c.name().equals(cookie.name()));
        next.add(cookie);
        return new HttpResponse(status, headers, List.copyOf(next), body);
    }

    /** A copy with another body. */
    public HttpResponse withBody(Body b) {
        return new HttpResponse(status, headers, cookies, b);
    }

    /** Adds {@code token} to the Vary header unless present. */
    public HttpResponse varyOn(String token) {
        String vary = headers.first("Vary").orElse("");
        if (vary.isEmpty()) {
            return withHeader("Vary", token);
        }
        for (String v : vary.split(",")) {
            if (v.strip().equalsIgnoreCase(token)) {
                return this;
            }
        }
        return withHeader("Vary", vary.isBlank() ? token : vary + ", " + token);
    }

    @Override
    public String toString() {
        return "HttpResponse[" + status + " " + headers.first("Content-Type").orElse("") + "]";
    }
}

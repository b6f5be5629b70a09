package dev.jango.web.test;

import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.http.Json;
import dev.jango.web.http.SetCookie;
import dev.jango.web.http.UrlEncoded;
import dev.jango.web.server.Dispatcher;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drives a {@link Dispatcher} in memory like a browser: keeps cookies between requests, optionally follows
 * redirects, and submits the CSRF token from the {@code csrftoken} cookie with unsafe requests (as a rendered form
 * or a script would). It never bypasses CSRF: a client that has not fetched a page first has no token and gets 403,
 * exactly like a browser. One client per test; it is not thread-safe.
 *
 * <pre>{@code
 * TestClient client = new TestClient(dispatcher).followRedirects(true);
 * client.get("/login/");
 * TestResponse r = client.post("/login/", Map.of("username", "ann", "password", "pw"));
 * assertThat(r.redirectChain()).containsExactly("/dashboard/");
 * }</pre>
 */
public final class TestClient {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final int MAX_REDIRECTS = 20;

    private final Dispatcher dispatcher;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private boolean follow;
    private boolean secure;
    private boolean sendCsrf = true;
    private String host = "testserver";

    /** A client for {@code dispatcher}. */
    public TestClient(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** Whether to follow redirects (off by default, like Django's client). */
    public TestClient followRedirects(boolean on) {
        this.follow = on;
        return this;
    }

    /** Makes requests as HTTPS (secure cookies, HSTS, CSRF Referer rules). */
    public TestClient secure(boolean on) {
        this.secure = on;
        return this;
    }

    /** Whether to send the CSRF token on unsafe requests (on by default; off to test the rejection). */
    public TestClient sendCsrfToken(boolean on) {
        this.sendCsrf = on;
        return this;
    }

    /** The Host header to send ({@code testserver} by default). */
    public TestClient host(String h) {
        this.host = h;
        return this;
    }

    /** The cookie jar. */
    public Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    /** Sets a cookie in the jar. */
    public TestClient cookie(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    /** GET {@code path} (may include a query string). */
    public TestResponse get(String path) {
        return send("GET", path, Map.of(), null, null);
    }

    /** GET with query parameters. */
    public TestResponse get(String path, Map<String, String> query) {
        return get(path + (query.isEmpty() ? "" : (path.contains("?") ? "&" : "?") + encode(query)));
    }

    /** HEAD {@code path}. */
    public TestResponse head(String path) {
        return send("HEAD", path, Map.of(), null, null);
    }

    /** POST a urlencoded form. */
    public TestResponse post(String path, Map<String, String> form) {
        return send("POST", path, Map.of(), "application/x-www-form-urlencoded", form);
    }

    /** POST a JSON body. */
    public TestResponse postJson(String path, Object body) {
        return send("POST", path, Map.of(), "application/json", Json.write(body));
    }

    /** Any method with a raw body and extra headers. */
    public TestResponse request(String method, String path, Map<String, String> headers, String contentType, byte[] body) {
        return send(method, path, headers, contentType, body);
    }

    private TestResponse send(String method, String path, Map<String, String> headers, String contentType, Object body) {
        List<String> chain = new ArrayList<>();
        String m = method;
        String target = path;
        Object b = body;
        String ct = contentType;
        while (true) {
            HttpResponse r = dispatcher.dispatch(build(m, target, headers, ct, b));
            for (SetCookie c : r.cookies()) {
                if (c.maxAge().map(a -> a.isZero() || a.isNegative()).orElse(false)) {
                    cookies.remove(c.name());
                } else {
                    cookies.put(c.name(), c.value());
                }
            }
            String location = r.header("Location").orElse(null);
            if (!follow || location == null || r.status() < 300 || r.status() > 399) {
                return TestResponse.drain(r, m.equals("HEAD"), chain);
            }
            if (chain.size() >= MAX_REDIRECTS) {
                throw new IllegalStateException("more than " + MAX_REDIRECTS + " redirects: " + chain);
            }
            URI next = URI.create("http://" + host).resolve(URI.create("http://" + host + target)).resolve(location);
            if (next.getHost() != null && !next.getHost().equals(host.split(":")[0])) {
                return TestResponse.drain(r, m.equals("HEAD"), chain); // off-site: a browser would leave the app
            }
            chain.add(location);
            target = next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
            if (r.status() != 307 && r.status() != 308) {
                m = m.equals("HEAD") ? "HEAD" : "GET";
                b = null;
                ct = null;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private HttpRequest build(String method, String target, Map<String, String> headers, String contentType, Object body) {
        int q = target.indexOf('?');
        String rawPath = q < 0 ? target : target.substring(0, q);
        // Like the server: the view sees the percent-decoded path ('+' is a plain character in paths).
        String path = java.net.URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        HttpRequest.Builder rb = HttpRequest.builder(method, path, q < 0 ? "" : target.substring(q + 1))
                .secure(secure).header("Host", host)
                .limits(dev.jango.web.http.RequestLimits.defaults());
        headers.forEach(rb::header);
        if (!cookies.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            cookies.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : "; ").append(k).append('=').append(v));
            rb.header("Cookie", sb.toString());
        }
        String csrf = cookies.get("csrftoken");
        boolean unsafe = !SAFE.contains(method);
        if (unsafe && secure && !headers.containsKey("Referer")) {
            rb.header("Referer", "https://" + host + "/"); // browsers send it on same-site form posts
        }
        if (contentType != null) {
            rb.header("Content-Type", contentType);
        }
        if (body instanceof Map<?, ?> form) {
            Map<String, String> fields = new LinkedHashMap<>((Map<String, String>) form);
            if (unsafe && sendCsrf && csrf != null && !fields.containsKey("csrfmiddlewaretoken")) {
                fields.put("csrfmiddlewaretoken", csrf);
            }
            rb.body(encode(fields).getBytes(StandardCharsets.UTF_8));
        } else if (body instanceof byte[] bytes) {
            if (unsafe && sendCsrf && csrf != null && !headers.containsKey("X-CSRFToken")) {
                rb.header("X-CSRFToken", csrf);
            }
            rb.body(bytes);
        } else if (unsafe && sendCsrf && csrf != null) {
            rb.header("X-CSRFToken", csrf);
        }
        return rb.build();
    }

    private static String encode(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder();
        fields.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : "&").append(UrlEncoded.encode(k)).append('=')
                .append(UrlEncoded.encode(v)));
        return sb.toString();
    }
}

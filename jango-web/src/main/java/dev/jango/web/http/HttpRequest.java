package dev.jango.web.http;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request as a plain value: method, decoded path, query, headers and the body, already read within the
 * {@link RequestLimits}. Query, form, multipart, JSON and cookies are parsed on first use. Middleware adds what it
 * learns (session, user, route arguments, attributes) with {@code with…} copies; the request itself never changes.
 *
 * <pre>{@code
 * HttpRequest r = HttpRequest.builder("POST", "/books/?draft=1")
 *         .header("Content-Type", "application/x-www-form-urlencoded")
 *         .body("title=Dune")
 *         .build();
 * r.query().first("draft");   // Optional[1]
 * r.form().first("title");    // Optional[Dune]
 * }</pre>
 */
public final class HttpRequest {

    /** A typed key for request attributes set by middleware: {@code new Key<>("stats", Stats.class)}. */
    public record Key<T>(String name, Class<T> type) {}

    private final String method;
    private final String path;
    private final String rawQuery;
    private final Headers headers;
    private final byte[] body;
    private final boolean secure;
    private final String remoteAddress;
    private final RequestLimits limits;
    private final Map<String, Object> pathParams;
    private final Map<Key<?>, Object> attributes;
    private final Session session;
    private final User user;

    // Parse caches: derived only from the final fields above, so sharing them between copies is safe.
    private Params query;
    private Params form;
    private MultipartForm multipart;
    private Map<String, String> cookies;

    private HttpRequest(String method, String path, String rawQuery, Headers headers, byte[] body, boolean secure,
                        String remoteAddress, RequestLimits limits, Map<String, Object> pathParams,
                        Map<Key<?>, Object> attributes, Session session, User user) {
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery;
        this.headers = headers;
        this.body = body;
        this.secure = secure;
        this.remoteAddress = remoteAddress;
        this.limits = limits;
        this.pathParams = pathParams;
        this.attributes = attributes;
        this.session = session;
        this.user = user;
    }

    /** Starts a request for {@code method} and {@code target} (a path, optionally with {@code ?query}). */
    public static Builder builder(String method, String target) {
        int q = target.indexOf('?');
        return q < 0 ? new Builder(method, target, "") : new Builder(method, target.substring(0, q), target.substring(q + 1));
    }

    /**
     * Starts a request with an already-decoded {@code path} and a raw query; the server uses this form because a
     * decoded path may contain {@code ?} (sent as {@code %3F}).
     */
    public static Builder builder(String method, String decodedPath, String rawQuery) {
        return new Builder(method, decodedPath, rawQuery);
    }

    /** The method in upper case: {@code GET}, {@code POST}… */
    public String method() {
        return method;
    }

    /** The percent-decoded path, always starting with {@code /}. */
    public String path() {
        return path;
    }

    /** The raw query string without {@code ?}, empty when there is none. */
    public String rawQuery() {
        return rawQuery;
    }

    /** Path plus {@code ?query} when there is one, as the client sent it. */
    public String fullPath() {
        return rawQuery.isEmpty() ? path : path + "?" + rawQuery;
    }

    /** The request headers. */
    public Headers headers() {
        return headers;
    }

    /** The first value of header {@code name}. */
    public Optional<String> header(String name) {
        return headers.first(name);
    }

    /** The raw body bytes (empty when there is none). */
    public byte[] body() {
        return body.clone();
    }

    /** The body decoded with the charset of its Content-Type (UTF-8 by default). */
    public String bodyText() {
        return new String(body, charset());
    }

    /** Whether the request came over HTTPS (directly or through a trusted proxy). */
    public boolean isSecure() {
        return secure;
    }

    /** The scheme: {@code https} or {@code http}. */
    public String scheme() {
        return secure ? "https" : "http";
    }

    /** The {@code Host} header, or {@code localhost}. */
    public String host() {
        return headers.first("Host").orElse("localhost");
    }

    /** Absolute URI of this request, from scheme, Host and the full path. */
    public URI absoluteUri() {
        return URI.create(scheme() + "://" + host()).resolve(encodePath(path) + (rawQuery.isEmpty() ? "" : "?" + rawQuery));
    }

    /** The client's address. */
    public String remoteAddress() {
        return remoteAddress;
    }

    /** The limits this request was read and is parsed under. */
    public RequestLimits limits() {
        return limits;
    }

    /** The Content-Type's media type in lower case, without parameters; empty if absent. */
    public String mediaType() {
        String ct = headers.first("Content-Type").orElse("");
        int semi = ct.indexOf(';');
        return (semi < 0 ? ct : ct.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** The query parameters. */
    public Params query() {
        if (query == null) {
            query = UrlEncoded.parse(rawQuery, limits.maxFormFields());
        }
        return query;
    }

    /** Form fields from a urlencoded or multipart body; empty for other bodies. */
    public Params form() {
        if (form == null) {
            form = switch (mediaType()) {
                case "application/x-www-form-urlencoded" -> UrlEncoded.parse(bodyText(), limits.maxFormFields());
                case "multipart/form-data" -> multipart().fields();
                default -> Params.empty();
            };
        }
        return form;
    }

    /** The multipart body; {@link UnsupportedMediaType} if the body is not {@code multipart/form-data}. */
    public MultipartForm multipart() {
        if (multipart == null) {
            if (!mediaType().equals("multipart/form-data")) {
                throw new UnsupportedMediaType("expected a multipart/form-data body, got '" + mediaType() + "'");
            }
            String boundary = MultipartParser.boundary(headers.first("Content-Type").orElseThrow());
            multipart = MultipartParser.parse(body, boundary, limits.maxParts(), limits.maxPartHeaderBytes());
        }
        return multipart;
    }

    /** The JSON body as {@code type}; 415 for a non-JSON content type, 400 for malformed JSON. */
    public <T> T json(Class<T> type) {
        String mt = mediaType();
        if (!mt.isEmpty() && !mt.equals("application/json") && !mt.endsWith("+json")) {
            throw new UnsupportedMediaType("expected an application/json body, got '" + mt + "'");
        }
        return Json.read(body, type);
    }

    /** The request cookies. */
    public Map<String, String> cookies() {
        if (cookies == null) {
            cookies = Cookies.parse(String.join("; ", headers.all("Cookie")));
        }
        return cookies;
    }

    /** One cookie's value. */
    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies().get(name));
    }

    /** Arguments the router converted from the path ({@code <int:id>} gives an {@code Integer} under "id"). */
    public Map<String, Object> pathParams() {
        return pathParams;
    }

    /** One converted path argument; an {@link IllegalArgumentException} naming it if absent or of another type. */
    public <T> T pathParam(String name, Class<T> type) {
        Object v = pathParams.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no path argument '" + name + "'; the route has " + pathParams.keySet());
        }
        if (!type.isInstance(v)) {
            throw new IllegalArgumentException("path argument '" + name + "' is a " + v.getClass().getSimpleName()
                    + ", not a " + type.getSimpleName());
        }
        return type.cast(v);
    }

    /** An attribute set by middleware. */
    public <T> Optional<T> attribute(Key<T> key) {
        return Optional.ofNullable(key.type().cast(attributes.get(key)));
    }

    /** The session; {@link IllegalStateException} if no session middleware ran. */
    public Session session() {
        if (session == null) {
            throw new IllegalStateException("request.session() needs SessionMiddleware in the middleware list");
        }
        return session;
    }

    /** The session if session middleware ran. */
    public Optional<Session> sessionIfPresent() {
        return Optional.ofNullable(session);
    }

    /** The user; {@link User#ANONYMOUS} until authentication middleware sets one. */
    public User user() {
        return user;
    }

    /** A copy with converted path arguments. */
    public HttpRequest withPathParams(Map<String, Object> params) {
        return copy(Map.copyOf(params), attributes, session, user);
    }

    /** A copy with one more attribute. */
    public <T> HttpRequest withAttribute(Key<T> key, T value) {
        Map<Key<?>, Object> next = new HashMap<>(attributes);
        next.put(key, Objects.requireNonNull(value, key.name()));
        return copy(pathParams, Map.copyOf(next), session, user);
    }

    /** A copy carrying {@code session}. */
    public HttpRequest withSession(Session s) {
        return copy(pathParams, attributes, Objects.requireNonNull(s), user);
    }

    /** A copy carrying {@code u}. */
    public HttpRequest withUser(User u) {
        return copy(pathParams, attributes, session, Objects.requireNonNull(u));
    }

    /** A copy with header {@code name} replaced by {@code value} (for middleware such as method override). */
    public HttpRequest withHeader(String name, String value) {
        HttpRequest r = new HttpRequest(method, path, rawQuery, headers.with(name, value), body, secure, remoteAddress,
                limits, pathParams, attributes, session, user);
        r.query = query;
        return r;
    }

    private HttpRequest copy(Map<String, Object> params, Map<Key<?>, Object> attrs, Session s, User u) {
        HttpRequest r = new HttpRequest(method, path, rawQuery, headers, body, secure, remoteAddress, limits, params,
                attrs, s, u);
        r.query = query;
        r.form = form;
        r.multipart = multipart;
        r.cookies = cookies;
        return r;
    }

    private Charset charset() {
        String ct = headers.first("Content-Type").orElse("");
        int at = ct.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (at < 0) {
            return StandardCharsets.UTF_8;
        }
        String name = ct.substring(at + 8).split(";")[0].strip().replace("\"", "");
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            throw new BadRequest("unknown charset '" + name + "' in Content-Type", e);
        }
    }

    static String encodePath(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 32 && c < 127 && "\"<>\\^`{|}%#?".indexOf(c) < 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return method + " " + fullPath();
    }

    /** Assembles a request (used by the server bridge and the test client). */
    public static final class Builder {
        private final String method;
        private final String path;
        private final String rawQuery;
        private final Headers.Builder headers = Headers.builder();
        private byte[] body = new byte[0];
        private boolean secure;
        private String remoteAddress = "127.0.0.1";
        private RequestLimits limits = RequestLimits.defaults();

        private Builder(String method, String path, String rawQuery) {
            this.method = method.toUpperCase(Locale.ROOT);
            this.path = path.startsWith("/") ? path : "/" + path;
            this.rawQuery = rawQuery;
        }

        /** Adds a header value. */
        public Builder header(String name, String value) {
            headers.add(name, value);
            return this;
        }

        /** Sets the body. */
        public Builder body(byte[] bytes) {
            this.body = bytes.clone();
            return this;
        }

        /** Sets a UTF-8 body. */
        public Builder body(String text) {
            return body(text.getBytes(StandardCharsets.UTF_8));
        }

        /** Marks the request as HTTPS. */
        public Builder secure(boolean on) {
            this.secure = on;
            return this;
        }

        /** Sets the client address. */
        public Builder remoteAddress(String address) {
            this.remoteAddress = address;
            return this;
        }

        /** Sets the parse limits. */
        public Builder limits(RequestLimits l) {
            this.limits = l;
            return this;
        }

        /** The request; a body over {@code limits.maxBodyBytes()} is a {@link PayloadTooLarge}. */
        public HttpRequest build() {
            if (body.length > limits.maxBodyBytes()) {
                throw new PayloadTooLarge("request body of " + body.length + " bytes exceeds the limit of "
                        + limits.maxBodyBytes() + " bytes");
            }
            return new HttpRequest(method, path, rawQuery, headers.build(), body, secure, remoteAddress, limits,
                    Map.of(), Map.of(), null, User.ANONYMOUS);
        }
    }
}

package dev.jango.web.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

    private static final byte[] NO_BODY = new byte[0];
    private static final Object[] NO_ATTRIBUTES = new Object[0];

    private final String method;
    private final String path;
    private final String rawQuery;
    private final Headers headers;
    private final byte[] body;
    private final boolean secure;
    private final String remoteAddress;
    private final RequestLimits limits;
    private final Map<String, Object> pathParams;
    // Alternating key, value: a request carries three or four attributes, so a flat array that one withAttribute
    // copies beats a map that every copy rebuilds.
    private final Object[] attributes;
    private final Session session;
    private final User user;
    // A multipart body parsed while it streamed in (the server's path); null when the body is in memory.
    private final MultipartForm streamed;

    // Parse caches: derived only from the final fields above, so sharing them between copies is safe.
    private Params query;
    private Params form;
    private MultipartForm multipart;
    private Map<String, String> cookies;

    private HttpRequest(String method, String path, String rawQuery, Headers headers, byte[] body, boolean secure,
                        String remoteAddress, RequestLimits limits, Map<String, Object> pathParams,
                        Object[] attributes, Session session, User user, MultipartForm streamed) {
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
        this.streamed = streamed;
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

    /**
     * The raw body bytes (empty when there is none). A {@code multipart/form-data} body the server streamed is not
     * kept: its parts are in {@link #multipart()} and this is empty.
     */
    public byte[] body() {
        return body.length == 0 ? body : body.clone();
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
        if (streamed != null) {
            return streamed;
        }
        if (multipart == null) {
            if (!mediaType().equals("multipart/form-data")) {
                throw new UnsupportedMediaType("expected a multipart/form-data body, got '" + mediaType() + "'");
            }
            String boundary = MultipartParser.boundary(headers.first("Content-Type").orElseThrow());
            multipart = MultipartParser.parseInMemory(body, boundary, limits);
        }
        return multipart;
    }

    /**
     * Deletes the temporary files of uploads spilled to disk. The server calls it once the response is written
     * (also when the view failed); code that builds requests from a stream itself calls it the same way.
     */
    public void deleteTemporaryFiles() {
        if (streamed != null) {
            streamed.deleteTemporaryFiles();
        }
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
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i].equals(key)) {
                return Optional.of(key.type().cast(attributes[i + 1]));
            }
        }
        return Optional.empty();
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
        Objects.requireNonNull(value, key.name());
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i].equals(key)) {
                Object[] next = attributes.clone();
                next[i + 1] = value;
                return copy(pathParams, next, session, user);
            }
        }
        Object[] next = Arrays.copyOf(attributes, attributes.length + 2);
        next[attributes.length] = key;
        next[attributes.length + 1] = value;
        return copy(pathParams, next, session, user);
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
                limits, pathParams, attributes, session, user, streamed);
        r.query = query;
        return r;
    }

    private HttpRequest copy(Map<String, Object> params, Object[] attrs, Session s, User u) {
        HttpRequest r = new HttpRequest(method, path, rawQuery, headers, body, secure, remoteAddress, limits, params,
                attrs, s, u, streamed);
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
        private byte[] body = NO_BODY;
        private boolean secure;
        private String remoteAddress = "127.0.0.1";
        private RequestLimits limits = RequestLimits.defaults();
        private MultipartForm streamed;

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

        /**
         * Reads the body from {@code in}, after the headers and {@link #limits} are set: a
         * {@code multipart/form-data} body is parsed as it streams (file parts over the memory threshold go to
         * temporary files, see {@link HttpRequest#deleteTemporaryFiles()}); any other body is read into memory.
         * A declared or actual length over the limit is a {@link PayloadTooLarge}, malformed multipart a
         * {@link BadRequest}; nothing is left on disk when either is thrown.
         *
         * @param declaredLength the Content-Length, or -1 when unknown (chunked)
         * @throws IOException when reading fails (the client stalled or went away)
         */
        public Builder body(InputStream in, long declaredLength) throws IOException {
            Headers built = headers.build();
            String contentType = built.first("Content-Type").orElse("");
            String mediaType = mediaType(built);
            long max = limits.maxBodyBytesFor(mediaType);
            if (declaredLength > max) {
                throw new PayloadTooLarge("request body of " + declaredLength + " bytes exceeds the limit of " + max
                        + " bytes");
            }
            if (declaredLength == 0) {
                return this;
            }
            if (mediaType.equals("multipart/form-data")) {
                this.streamed = MultipartParser.parse(in, MultipartParser.boundary(contentType), limits);
                return this;
            }
            // Read one byte past the limit to tell "exactly at the limit" from "over it" without trusting headers.
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new PayloadTooLarge("request body exceeds the limit of " + max + " bytes");
            }
            this.body = bytes;
            return this;
        }

        private static String mediaType(Headers h) {
            return h.first("Content-Type").orElse("").split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        }

        /** The request; a body over {@code limits.maxBodyBytes()} is a {@link PayloadTooLarge}. */
        public HttpRequest build() {
            Headers built = headers.build();
            long max = body.length == 0 ? 0 : limits.maxBodyBytesFor(mediaType(built));
            if (body.length > max) {
                throw new PayloadTooLarge("request body of " + body.length + " bytes exceeds the limit of "
                        + max + " bytes");
            }
            return new HttpRequest(method, path, rawQuery, built, body, secure, remoteAddress, limits,
                    Map.of(), NO_ATTRIBUTES, null, User.ANONYMOUS, streamed);
        }
    }
}

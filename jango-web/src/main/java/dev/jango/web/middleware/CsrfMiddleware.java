package dev.jango.web.middleware;

import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.http.PermissionDenied;
import dev.jango.web.http.SetCookie;
import dev.jango.web.routing.RouteMatch;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Django's CSRF protection (double submit): a random secret lives in the {@code csrftoken} cookie; every unsafe
 * request (not GET, HEAD, OPTIONS, TRACE) must echo it in the {@code csrfmiddlewaretoken} form field or the
 * {@code X-CSRFToken} header, and, when it has an {@code Origin} header, come from this site or a trusted origin;
 * over HTTPS a request without Origin needs a same-site Referer. Failures are 403 with the reason.
 * Tokens put into pages are masked with a fresh one-time pad per request so compressed pages do not leak the
 * secret (BREACH); {@link #token(HttpRequest)} gives the page its token.
 *
 * <pre>{@code
 * new CsrfMiddleware(CsrfMiddleware.Config.defaults().withTrustedOrigins(Set.of("https://shop.example.com")))
 * // in a form: <input type="hidden" name="csrfmiddlewaretoken" value="${CsrfMiddleware.token(request)}">
 * }</pre>
 */
public final class CsrfMiddleware implements Middleware {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final int SECRET_LENGTH = 32;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final HttpRequest.Key<Token> KEY = new HttpRequest.Key<>("jango.csrf", Token.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The request's CSRF secret, and a fresh masked form of it for pages. */
    public record Token(String secret) {
        /** A masked token: differs on every call, unmasks to the secret. */
        public String masked() {
            return mask(secret);
        }
    }

    /**
     * Settings.
     *
     * @param cookieName the cookie carrying the secret
     * @param headerName the header a script sends the token in
     * @param fieldName the form field carrying the token
     * @param cookieSecure Secure flag for the cookie (production)
     * @param trustedOrigins other origins ({@code https://host[:port]}) allowed to post
     */
    public record Config(String cookieName, String headerName, String fieldName, boolean cookieSecure,
                         Set<String> trustedOrigins) {
        /** Django's names; cookie not secure; no extra origins. */
        public static Config defaults() {
            return new Config("csrftoken", "X-CSRFToken", "csrfmiddlewaretoken", false, Set.of());
        }

        /** With the cookie's Secure flag. */
        public Config withCookieSecure(boolean on) {
            return new Config(cookieName, headerName, fieldName, on, trustedOrigins);
        }

        /** With trusted origins. */
        public Config withTrustedOrigins(Set<String> origins) {
            return new Config(cookieName, headerName, fieldName, cookieSecure, Set.copyOf(origins));
        }
    }

    private final Config config;

    /** With {@code config}. */
    public CsrfMiddleware(Config config) {
        this.config = config;
    }

    /** The token for a page rendered in {@code request}; {@link IllegalStateException} without this middleware. */
    public static String token(HttpRequest request) {
        return request.attribute(KEY).map(Token::masked).orElseThrow(() -> new IllegalStateException(
                "no CSRF token: CsrfMiddleware is not in the middleware list"));
    }

    @Override
    public HttpResponse handle(HttpRequest request, Chain chain) throws Exception {
        Optional<String> cookieSecret = request.cookie(config.cookieName()).filter(CsrfMiddleware::wellFormed);
        String secret = cookieSecret.orElseGet(CsrfMiddleware::newSecret);
        boolean exempt = request.attribute(RouteMatch.KEY).map(m -> m.route().view() instanceof CsrfExempt).orElse(false);
        if (!SAFE.contains(request.method()) && !exempt) {
            check(request, cookieSecret);
        }
        HttpResponse r = chain.proceed(request.withAttribute(KEY, new Token(secret)));
        if (cookieSecret.isEmpty()) {
            // Readable by scripts (not HttpOnly) so they can send the X-CSRFToken header.
            r = r.withCookie(SetCookie.of(config.cookieName(), secret).maxAge(Duration.ofDays(365)).httpOnly(false)
                    .secure(config.cookieSecure())).varyOn("Cookie");
        }
        return r;
    }

    private void check(HttpRequest request, Optional<String> cookieSecret) {
        String self = request.scheme() + "://" + request.host().toLowerCase(Locale.ROOT);
        Optional<String> origin = request.header("Origin");
        if (origin.isPresent()) {
            String o = origin.get().toLowerCase(Locale.ROOT);
            if (!o.equals(self) && !config.trustedOrigins().contains(o)) {
                throw new PermissionDenied("CSRF verification failed: Origin " + origin.get() + " does not match "
                        + self + " or a trusted origin");
            }
        } else if (request.isSecure()) {
            String referer = request.header("Referer").orElseThrow(() -> new PermissionDenied(
                    "CSRF verification failed: HTTPS request with neither Origin nor Referer"));
            String from = originOf(referer);
            if (!from.equals(self) && !config.trustedOrigins().contains(from)) {
                throw new PermissionDenied("CSRF verification failed: Referer " + referer + " is not " + self);
            }
        }
        if (cookieSecret.isEmpty()) {
            throw new PermissionDenied("CSRF verification failed: CSRF cookie not set");
        }
        String sent = request.header(config.headerName()).orElse(null);
        if (sent == null) {
            String mt = request.mediaType();
            if (mt.equals("application/x-www-form-urlencoded") || mt.equals("multipart/form-data")) {
                sent = request.form().first(config.fieldName()).orElse(null);
            }
        }
        if (sent == null || sent.isEmpty()) {
            throw new PermissionDenied("CSRF verification failed: CSRF token missing (send the "
                    + config.fieldName() + " form field or the " + config.headerName() + " header)");
        }
        String unmasked = sent.length() == 2 * SECRET_LENGTH ? unmask(sent) : sent;
        if (unmasked == null || !MessageDigest.isEqual(unmasked.getBytes(StandardCharsets.US_ASCII),
                cookieSecret.get().getBytes(StandardCharsets.US_ASCII))) {
            throw new PermissionDenied("CSRF verification failed: CSRF token incorrect");
        }
    }

    private static String originOf(String url) {
        try {
            URI u = URI.create(url);
            if (u.getScheme() == null || u.getHost() == null) {
                return "";
            }
            return (u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort())).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static boolean wellFormed(String s) {
        return s.length() == SECRET_LENGTH && s.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    private static String newSecret() {
        return randomString(SECRET_LENGTH);
    }

    private static String randomString(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    static String mask(String secret) {
        String pad = randomString(SECRET_LENGTH);
        StringBuilder sb = new StringBuilder(pad);
        for (int i = 0; i < SECRET_LENGTH; i++) {
            sb.append(ALPHABET.charAt((ALPHABET.indexOf(secret.charAt(i)) + ALPHABET.indexOf(pad.charAt(i))) % ALPHABET.length()));
        }
        return sb.toString();
    }

    static String unmask(String token) {
        StringBuilder sb = new StringBuilder(SECRET_LENGTH);
        for (int i = 0; i < SECRET_LENGTH; i++) {
            int p = ALPHABET.indexOf(token.charAt(i));
            int c = ALPHABET.indexOf(token.charAt(SECRET_LENGTH + i));
            if (p < 0 || c < 0) {
                return null;
            }
            sb.append(ALPHABET.charAt(Math.floorMod(c - p, ALPHABET.length())));
        }
        return sb.toString();
    }
}

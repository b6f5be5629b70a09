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
import java.util.Arrays;
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
 * <p>As in Django, the cookie is sent only by responses whose page used the token (a form, {@code csrf_input()},
 * a script reading {@link #token}); then it is sent again to renew its expiry, with {@code Vary: Cookie}. A plain
 * text or JSON response carries no cookie, so it stays cacheable and costs no random bytes.
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
    private static final int UNBIASED_LIMIT = 256 - 256 % ALPHABET.length();
    private static final byte[] INDEX = index();

    /**
     * The request's CSRF secret — the cookie's, or a new one made on first use — and fresh masked forms of it for
     * pages. Remembers whether the page used it, which decides whether the response sets the cookie.
     */
    public static final class Token {
        private final String fromCookie;
        private String secret;
        private boolean used;

        private Token(String fromCookie) {
            this.fromCookie = fromCookie;
        }

        /** The secret: the cookie's, else one made now (and then kept for this request). */
        public synchronized String secret() {
            if (secret == null) {
                secret = fromCookie != null ? fromCookie : newSecret();
            }
            return secret;
        }

        /** A masked token for a page: differs on every call, unmasks to the secret; the response sets the cookie. */
        public synchronized String masked() {
            used = true;
            return mask(secret());
        }

        synchronized boolean used() {
            return used;
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
    // The cookie's attributes, built and validated once; each response only fills in its secret.
    private final SetCookie cookie;

    /** With {@code config}. */
    public CsrfMiddleware(Config config) {
        this.config = config;
        // Readable by scripts (not HttpOnly) so they can send the X-CSRFToken header.
        this.cookie = SetCookie.of(config.cookieName(), "").maxAge(Duration.ofDays(365)).httpOnly(false)
                .secure(config.cookieSecure());
    }

    /**
     * The token for a page rendered in {@code request}; the response will set the CSRF cookie.
     *
     * @throws IllegalStateException without this middleware
     */
    public static String token(HttpRequest request) {
        return request.attribute(KEY).map(Token::masked).orElseThrow(() -> new IllegalStateException(
                "no CSRF token: CsrfMiddleware is not in the middleware list"));
    }

    /** Whether this middleware ran for {@code request}, so that {@link #token} would work; uses no token. */
    public static boolean active(HttpRequest request) {
        return request.attribute(KEY).isPresent();
    }

    @Override
    public HttpResponse handle(HttpRequest request, Chain chain) throws Exception {
        Optional<String> cookieSecret = request.cookie(config.cookieName()).filter(CsrfMiddleware::wellFormed);
        boolean exempt = request.attribute(RouteMatch.KEY).map(m -> m.route().view() instanceof CsrfExempt).orElse(false);
        if (!SAFE.contains(request.method()) && !exempt) {
            check(request, cookieSecret);
        }
        Token token = new Token(cookieSecret.orElse(null));
        HttpResponse r = chain.proceed(request.withAttribute(KEY, token));
        if (token.used()) {
            // Sent again even when the client has it, as Django does: the expiry restarts while the site is used.
            r = r.withCookie(cookie.value(token.secret())).varyOn("Cookie");
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
        if (s.length() != SECRET_LENGTH) {
            return false;
        }
        for (int i = 0; i < SECRET_LENGTH; i++) {
            if (indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String newSecret() {
        char[] out = new char[SECRET_LENGTH];
        fill(out, 0, SECRET_LENGTH);
        return new String(out);
    }

    /**
     * Fills {@code out[from, from + n)} with uniformly random alphabet characters from one {@code nextBytes} call
     * (SecureRandom is synchronised, so one call per token instead of one per character). A byte is used when it
     * falls below the largest multiple of 62 that fits in a byte (248), so every character is equally likely;
     * the rare shortfall (3 % of bytes are dropped) is made up by another draw.
     */
    private static void fill(char[] out, int from, int n) {
        byte[] random = new byte[n + n / 2];
        int filled = 0;
        while (filled < n) {
            RANDOM.nextBytes(random);
            for (int i = 0; i < random.length && filled < n; i++) {
                int b = random[i] & 0xff;
                if (b < UNBIASED_LIMIT) {
                    out[from + filled++] = ALPHABET.charAt(b % ALPHABET.length());
                }
            }
        }
    }

    /** Position of {@code c} in the alphabet, or -1; a table lookup instead of {@code String.indexOf}. */
    private static int indexOf(char c) {
        return c < INDEX.length ? INDEX[c] : -1;
    }

    static String mask(String secret) {
        char[] out = new char[2 * SECRET_LENGTH];
        fill(out, 0, SECRET_LENGTH);   // the one-time pad
        int n = ALPHABET.length();
        for (int i = 0; i < SECRET_LENGTH; i++) {
            out[SECRET_LENGTH + i] = ALPHABET.charAt((indexOf(secret.charAt(i)) + indexOf(out[i])) % n);
        }
        return new String(out);
    }

    static String unmask(String token) {
        char[] out = new char[SECRET_LENGTH];
        for (int i = 0; i < SECRET_LENGTH; i++) {
            int p = indexOf(token.charAt(i));
            int c = indexOf(token.charAt(SECRET_LENGTH + i));
            if (p < 0 || c < 0) {
                return null;
            }
            out[i] = ALPHABET.charAt(Math.floorMod(c - p, ALPHABET.length()));
        }
        return new String(out);
    }

    private static byte[] index() {
        byte[] index = new byte[128];
        Arrays.fill(index, (byte) -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            index[ALPHABET.charAt(i)] = (byte) i;
        }
        return index;
    }
}

package dev.jango.web.middleware;

import dev.jango.web.http.Json;
import dev.jango.web.http.Session;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the whole session in a signed (not encrypted: the client can read it) cookie as JSON. Stateless and
 * fast; keep sessions small (browsers cap cookies near 4 KB) and never store secrets in them.
 *
 * <pre>{@code
 * new SessionMiddleware(new SignedCookieSessionBackend(secretKey, Duration.ofDays(14), Clock.systemUTC()),
 *         SessionMiddleware.CookieConfig.defaults())
 * }</pre>
 */
public final class SignedCookieSessionBackend implements SessionBackend {
    private static final int MAX_COOKIE_BYTES = 4000;

    private final Signer signer;
    private final Duration maxAge;

    /** Signing with {@code secretKey}; sessions older than {@code maxAge} are discarded. */
    public SignedCookieSessionBackend(String secretKey, Duration maxAge, Clock clock) {
        this.signer = new Signer(secretKey, "dev.jango.sessions.signed_cookies", clock);
        this.maxAge = maxAge;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Session load(Optional<String> cookieValue) {
        return cookieValue.flatMap(v -> signer.unsign(v, maxAge)).map(json -> {
            try {
                return new Session("", Json.mapper().readValue(json, Map.class));
            } catch (RuntimeException e) {
                return Session.empty(); // signed by us but unreadable: an older format; start afresh
            }
        }).orElseGet(Session::empty);
    }

    @Override
    public String save(Session session) {
        String value = signer.sign(Json.mapper().writeValueAsString(session.data()));
        if (value.length() > MAX_COOKIE_BYTES) {
            throw new IllegalStateException("signed-cookie session is " + value.length() + " bytes, over the "
                    + MAX_COOKIE_BYTES + "-byte cookie limit; store less in the session or use a database backend");
        }
        return value;
    }

    @Override
    public void delete(String cookieValue) {
        // Nothing server-side to forget.
    }
}

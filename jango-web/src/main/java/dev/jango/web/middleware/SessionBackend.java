package dev.jango.web.middleware;

import dev.jango.web.http.Session;
import java.util.Optional;

/**
 * Where session data lives between requests. The cookie carries either the data itself (signed cookies) or a key to
 * it (database, cache).
 *
 * <pre>{@code
 * SessionBackend backend = new SignedCookieSessionBackend(secretKey, Duration.ofDays(14), Clock.systemUTC());
 * }</pre>
 */
public interface SessionBackend {
    /** The session for the cookie value; a new empty session if absent, invalid or expired. */
    Session load(Optional<String> cookieValue);

    /** Persists {@code session}; returns the new cookie value. */
    String save(Session session);

    /** Forgets the session under {@code cookieValue} (log-out); a no-op for stateless backends. */
    void delete(String cookieValue);
}

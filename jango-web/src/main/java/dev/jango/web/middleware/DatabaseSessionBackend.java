package dev.jango.web.middleware;

import dev.jango.web.http.Json;
import dev.jango.web.http.Session;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps session data in the database ({@link SessionRecord}); the cookie carries only a random 32-character key.
 * Server-side sessions can hold more than a cookie, can be revoked (delete the row), and log-out really forgets
 * them. Expired rows are ignored on load; {@link #clearExpired()} deletes them (run it from a periodic job).
 *
 * <pre>{@code
 * new SessionMiddleware(new DatabaseSessionBackend(Duration.ofDays(14), Clock.systemUTC()),
 *         SessionMiddleware.CookieConfig.defaults())
 * }</pre>
 */
public final class DatabaseSessionBackend implements SessionBackend {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Duration maxAge;
    private final Clock clock;

    /** Sessions live {@code maxAge} from their last save. */
    public DatabaseSessionBackend(Duration maxAge, Clock clock) {
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Session load(Optional<String> cookieValue) {
        Optional<SessionRecord> row = cookieValue.filter(DatabaseSessionBackend::wellFormed)
                .flatMap(key -> SessionRecord.objects.filter("sessionKey", key).first())
                .filter(r -> r.expireDate.isAfter(clock.instant()));
        return row.map(r -> new Session(r.sessionKey, Json.mapper().readValue(r.sessionData, Map.class)))
                .orElseGet(Session::empty);
    }

    @Override
    public String save(Session session) {
        String data = Json.mapper().writeValueAsString(session.data());
        Instant expires = clock.instant().plus(maxAge);
        if (!session.key().isEmpty() && !session.isCycled()) {
            int updated = SessionRecord.objects.filter("sessionKey", session.key())
                    .update(Map.of("sessionData", data, "expireDate", expires));
            if (updated == 1) {
                return session.key();
            }
        }
        String key = newKey();
        SessionRecord.objects.create(r -> {
            r.sessionKey = key;
            r.sessionData = data;
            r.expireDate = expires;
        });
        return key;
    }

    @Override
    public void delete(String cookieValue) {
        if (wellFormed(cookieValue)) {
            SessionRecord.objects.filter("sessionKey", cookieValue).delete();
        }
    }

    /** Deletes expired sessions; returns how many. */
    public int clearExpired() {
        return SessionRecord.objects.filter("expireDate__lt", clock.instant()).delete().total();
    }

    private static boolean wellFormed(String key) {
        return key.length() == 32 && key.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    private static String newKey() {
        StringBuilder sb = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}

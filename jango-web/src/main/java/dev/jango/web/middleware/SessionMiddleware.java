package dev.jango.web.middleware;

import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.http.Session;
import dev.jango.web.http.SetCookie;
import java.time.Duration;

/**
 * Loads {@code request.session()} from the session cookie before the view and saves it afterwards if the view
 * changed it (setting, refreshing or deleting the cookie). Responses that used a non-empty session vary on Cookie.
 *
 * <pre>{@code
 * new SessionMiddleware(backend, SessionMiddleware.CookieConfig.defaults().withSecure(true))
 * }</pre>
 */
public final class SessionMiddleware implements Middleware {

    /**
     * The session cookie's attributes.
     *
     * @param name cookie name
     * @param maxAge lifetime
     * @param secure send over HTTPS only (production)
     * @param sameSite Lax, Strict or None
     */
    public record CookieConfig(String name, Duration maxAge, boolean secure, String sameSite) {
        /** {@code sessionid}, two weeks, not secure, Lax. */
        public static CookieConfig defaults() {
            return new CookieConfig("sessionid", Duration.ofDays(14), false, "Lax");
        }

        /** With the Secure flag. */
        public CookieConfig withSecure(boolean on) {
            return new CookieConfig(name, maxAge, on, sameSite);
        }
    }

    private final SessionBackend backend;
    private final CookieConfig cookie;

    /** With a backend and cookie settings. */
    public SessionMiddleware(SessionBackend backend, CookieConfig cookie) {
        this.backend = backend;
        this.cookie = cookie;
    }

    @Override
    public HttpResponse handle(HttpRequest request, Chain chain) throws Exception {
        var incoming = request.cookie(cookie.name());
        Session session = backend.load(incoming);
        HttpResponse r = chain.proceed(request.withSession(session));
        if (!session.isEmpty() || session.isModified()) {
            r = r.varyOn("Cookie");
        }
        if (!session.isModified()) {
            return r;
        }
        if (session.isCycled()) {
            incoming.ifPresent(backend::delete);
        }
        if (session.isEmpty()) {
            return incoming.isPresent() ? r.withCookie(SetCookie.delete(cookie.name())) : r;
        }
        return r.withCookie(SetCookie.of(cookie.name(), backend.save(session)).maxAge(cookie.maxAge())
                .secure(cookie.secure()).sameSite(cookie.sameSite()));
    }
}

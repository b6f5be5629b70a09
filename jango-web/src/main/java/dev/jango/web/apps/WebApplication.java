package dev.jango.web.apps;

import dev.jango.web.http.BadRequest;
import dev.jango.web.http.Redirect;
import dev.jango.web.middleware.CommonMiddleware;
import dev.jango.web.middleware.CsrfMiddleware;
import dev.jango.web.middleware.GZipMiddleware;
import dev.jango.web.middleware.Middleware;
import dev.jango.web.middleware.RequestStatsMiddleware;
import dev.jango.web.middleware.SecurityHeadersMiddleware;
import dev.jango.web.middleware.SessionMiddleware;
import dev.jango.web.middleware.SignedCookieSessionBackend;
import dev.jango.web.routing.Router;
import dev.jango.web.routing.Routes;
import dev.jango.web.server.Dispatcher;
import dev.jango.web.settings.Security;
import dev.jango.web.settings.Settings;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Turns loaded settings and apps into the request pipeline, the standard middleware stack configured from the
 * settings (the same stack {@code runserver}, the test client and production use):
 *
 * <pre>
 *  request
 *   └─ RequestStats (the "GET /x 200 db_queries=… db_ms=… total_ms=…" line, N+1 warnings)
 *      └─ AllowedHosts (400 for a Host not in settings.allowedHosts)
 *         └─ SslRedirect (301 from http:// to https:// when settings.security.sslRedirect)
 *            └─ SecurityHeaders (HSTS from settings.security, nosniff, referrer, frame options, CSP)
 *               └─ GZip → Common (trailing slash) → Session (signed cookie) → CSRF → router → view
 * </pre>
 *
 * <pre>{@code
 * AppRegistry registry = definition.load(System.getenv());
 * Dispatcher app = WebApplication.dispatcher(registry, definition.routes(registry));
 * }</pre>
 */
public final class WebApplication {
    /** Session lifetime: two weeks, as Django's default. */
    static final Duration SESSION_AGE = Duration.ofDays(14);
    /** A query shape repeated this often in one request is reported as a likely N+1. */
    static final int N_PLUS_ONE_THRESHOLD = 3;
    /** Bodies smaller than this are not worth compressing. */
    static final int GZIP_MIN_BYTES = 1024;

    private WebApplication() {
    }

    /** The dispatcher for {@code registry}'s settings serving {@code routes}. */
    public static Dispatcher dispatcher(AppRegistry registry, List<Routes.Def> routes) {
        Router router = Router.of(routes);
        return Dispatcher.builder().router(router).middleware(middleware(registry.settings(), router))
                .debug(registry.settings().debug()).build();
    }

    /** The standard middleware, outermost first. */
    public static List<Middleware> middleware(Settings settings, Router router) {
        Security sec = settings.security();
        SecurityHeadersMiddleware.Config headers = new SecurityHeadersMiddleware.Config(
                Duration.ofSeconds(sec.hstsSeconds()), sec.hstsIncludeSubdomains(), "same-origin", "DENY",
                "same-origin", sec.contentSecurityPolicy());
        return List.of(
                new RequestStatsMiddleware(N_PLUS_ONE_THRESHOLD),
                allowedHosts(settings),
                sslRedirect(sec.sslRedirect()),
                new SecurityHeadersMiddleware(headers),
                new GZipMiddleware(GZIP_MIN_BYTES),
                new CommonMiddleware(router::matches),
                new SessionMiddleware(new SignedCookieSessionBackend(settings.secretKey(), SESSION_AGE,
                        Clock.systemUTC()), SessionMiddleware.CookieConfig.defaults().withSecure(sec.secureCookies())),
                new CsrfMiddleware(CsrfMiddleware.Config.defaults().withCookieSecure(sec.secureCookies())
                        .withTrustedOrigins(Set.copyOf(sec.csrfTrustedOrigins()))));
    }

    /** Sends plain-HTTP requests to the same URL over HTTPS (after the Host check, so the target is trusted). */
    static Middleware sslRedirect(boolean on) {
        return new Middleware() {
            @Override
            public dev.jango.web.http.HttpResponse handle(dev.jango.web.http.HttpRequest request, Chain chain)
                    throws Exception {
                if (on && !request.isSecure()) {
                    String query = request.rawQuery().isEmpty() ? "" : "?" + request.rawQuery();
                    return Redirect.permanent("https://" + request.host() + request.path() + query);
                }
                return chain.proceed(request);
            }

            @Override
            public String describe() {
                return on ? "SslRedirect" : "SslRedirect(off)";
            }
        };
    }

    /** Refuses requests whose Host header is not allowed: the guard against Host-header poisoning. */
    static Middleware allowedHosts(Settings settings) {
        return new Middleware() {
            @Override
            public dev.jango.web.http.HttpResponse handle(dev.jango.web.http.HttpRequest request, Chain chain)
                    throws Exception {
                String host = request.host();
                if (!settings.isAllowedHost(host)) {
                    throw new BadRequest("Invalid Host header '" + host + "': add it to JANGO_ALLOWED_HOSTS");
                }
                return chain.proceed(request);
            }

            @Override
            public String describe() {
                return "AllowedHosts" + settings.allowedHosts();
            }
        };
    }
}

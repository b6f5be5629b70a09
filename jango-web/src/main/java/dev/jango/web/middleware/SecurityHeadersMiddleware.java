package dev.jango.web.middleware;

import dev.jango.web.http.Headers;
import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Adds the security headers a production site should send, without overriding ones a view set itself:
 * {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy}, {@code X-Frame-Options},
 * {@code Cross-Origin-Opener-Policy}, HSTS on HTTPS responses when configured, and an optional CSP.
 *
 * <pre>{@code
 * new SecurityHeadersMiddleware(SecurityHeadersMiddleware.Config.production()
 *         .withCsp("default-src 'self'"));
 * }</pre>
 */
public final class SecurityHeadersMiddleware implements Middleware {

    /**
     * What to send.
     *
     * @param hsts HSTS max-age; zero disables (the dev default: HSTS on localhost is sticky and painful)
     * @param hstsIncludeSubdomains adds includeSubDomains
     * @param referrerPolicy the Referrer-Policy value
     * @param frameOptions X-Frame-Options value (DENY or SAMEORIGIN)
     * @param crossOriginOpenerPolicy the COOP value
     * @param contentSecurityPolicy a CSP to send, if any
     */
    public record Config(Duration hsts, boolean hstsIncludeSubdomains, String referrerPolicy, String frameOptions,
                         String crossOriginOpenerPolicy, Optional<String> contentSecurityPolicy) {
        /** Development: everything but HSTS. */
        public static Config development() {
            return new Config(Duration.ZERO, false, "same-origin", "DENY", "same-origin", Optional.empty());
        }

        /** Production: one year of HSTS including subdomains. */
        public static Config production() {
            return new Config(Duration.ofDays(365), true, "same-origin", "DENY", "same-origin", Optional.empty());
        }

        /** With a Content-Security-Policy. */
        public Config withCsp(String policy) {
            return new Config(hsts, hstsIncludeSubdomains, referrerPolicy, frameOptions, crossOriginOpenerPolicy,
                    Optional.of(policy));
        }
    }

    // Built once from the config: the headers for plain-HTTP responses and, with HSTS, for HTTPS ones.
    private final Headers plain;
    private final Headers secure;

    /** With {@code config}. */
    public SecurityHeadersMiddleware(Config config) {
        Headers h = Headers.of("X-Content-Type-Options", "nosniff", "Referrer-Policy", config.referrerPolicy(),
                "X-Frame-Options", config.frameOptions(), "Cross-Origin-Opener-Policy", config.crossOriginOpenerPolicy());
        if (config.contentSecurityPolicy().isPresent()) {
            h = h.with("Content-Security-Policy", config.contentSecurityPolicy().get());
        }
        this.plain = h;
        // Browsers ignore HSTS over plain HTTP, so only HTTPS responses carry it.
        this.secure = config.hsts().isZero() ? h : h.with("Strict-Transport-Security", "max-age="
                + config.hsts().toSeconds() + (config.hstsIncludeSubdomains() ? "; includeSubDomains" : ""));
    }

    @Override
    public HttpResponse handle(HttpRequest request, Chain chain) throws Exception {
        HttpResponse r = chain.proceed(request);
        Headers merged = r.headers().withDefaults(request.isSecure() ? secure : plain);
        return merged == r.headers() ? r : r.withHeaders(merged);
    }
}

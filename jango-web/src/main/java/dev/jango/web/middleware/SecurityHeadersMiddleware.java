package dev.jango.web.middleware;

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

    private final Config config;

    /** With {@code config}. */
    public SecurityHeadersMiddleware(Config config) {
        this.config = config;
    }

    @Override
    public HttpResponse handle(HttpRequest request, Chain chain) throws Exception {
        HttpResponse r = chain.proceed(request);
        r = setIfAbsent(r, "X-Content-Type-Options", "nosniff");
        r = setIfAbsent(r, "Referrer-Policy", config.referrerPolicy());
        r = setIfAbsent(r, "X-Frame-Options", config.frameOptions());
        r = setIfAbsent(r, "Cross-Origin-Opener-Policy", config.crossOriginOpenerPolicy());
        if (config.contentSecurityPolicy().isPresent()) {
            r = setIfAbsent(r, "Content-Security-Policy", config.contentSecurityPolicy().get());
        }
        // Browsers ignore HSTS over plain HTTP, so only HTTPS responses carry it.
        if (request.isSecure() && !config.hsts().isZero()) {
            r = setIfAbsent(r, "Strict-Transport-Security", "max-age=" + config.hsts().toSeconds()
                    + (config.hstsIncludeSubdomains() ? "; includeSubDomains" : ""));
        }
        return r;
    }

    private static HttpResponse setIfAbsent(HttpResponse r, String name, String value) {
        return r.headers().has(name) ? r : r.withHeader(name, value);
    }
}

package dev.jango.web.settings;

import java.util.List;
import java.util.Optional;

/**
 * The security-related settings, read by the security and CSRF middleware, the session cookies and
 * {@code check --deploy}. {@link #production()} is the secure set; {@link #development()} relaxes what breaks on
 * plain-HTTP localhost.
 *
 * <pre>{@code
 * Security s = Security.production();
 * s.hstsSeconds();      // 31536000 (one year)
 * s.secureCookies();    // true
 * }</pre>
 *
 * @param secureCookies         session and CSRF cookies carry {@code Secure}
 * @param hstsSeconds           {@code Strict-Transport-Security} max-age; 0 sends no header
 * @param hstsIncludeSubdomains add {@code includeSubDomains}
 * @param sslRedirect           redirect plain HTTP requests to HTTPS
 * @param csrfTrustedOrigins    origins allowed to post cross-site ({@code https://example.com})
 * @param contentSecurityPolicy the {@code Content-Security-Policy} header, if any
 */
public record Security(
        boolean secureCookies,
        long hstsSeconds,
        boolean hstsIncludeSubdomains,
        boolean sslRedirect,
        List<String> csrfTrustedOrigins,
        Optional<String> contentSecurityPolicy) {
    /** One year, the max-age browsers' preload lists expect. */
    public static final long ONE_YEAR = 31_536_000L;

    public Security {
        if (hstsSeconds < 0) {
            throw new ImproperlyConfigured("hstsSeconds=" + hstsSeconds + " must not be negative");
        }
        csrfTrustedOrigins = List.copyOf(csrfTrustedOrigins);
    }

    public static Security production() {
        return new Security(true, ONE_YEAR, true, true, List.of(), Optional.empty());
    }

    public static Security development() {
        return new Security(false, 0, false, false, List.of(), Optional.empty());
    }
}

package dev.jango.web.commands;

import dev.jango.web.apps.AppRegistry;
import dev.jango.web.settings.Security;
import dev.jango.web.settings.Settings;
import java.util.ArrayList;
import java.util.List;

/**
 * The deployment checks of {@code check --deploy}. IDs follow Django's where the meaning is the same, so that
 * people who know those find them again; Jango-only checks use numbers from 100.
 *
 * <pre>{@code
 * SecurityChecks.check().run(registry);   // [security.W004 ..., security.W018 ...]
 * }</pre>
 */
public final class SecurityChecks {
    /** Shorter keys than this are too easy to brute-force (same bound as Django's W009). */
    static final int MIN_SECRET_LENGTH = 50;
    static final int MIN_SECRET_UNIQUE_CHARS = 5;

    private SecurityChecks() {
    }

    /** All deployment checks as one deploy-only {@link Check}. */
    public static Check check() {
        return Check.deploy(SecurityChecks::run);
    }

    static List<CheckMessage> run(AppRegistry registry) {
        Settings s = registry.settings();
        Security sec = s.security();
        List<CheckMessage> out = new ArrayList<>();
        if (sec.hstsSeconds() == 0) {
            out.add(CheckMessage.warning("security.W004", "HSTS is off: browsers may reach the site over plain HTTP",
                    "set JANGO_HSTS_SECONDS (31536000 once HTTPS works everywhere)"));
        } else if (!sec.hstsIncludeSubdomains()) {
            out.add(CheckMessage.warning("security.W005", "HSTS does not cover sub-domains",
                    "set Security.hstsIncludeSubdomains if every sub-domain is served over HTTPS"));
        }
        if (!sec.sslRedirect()) {
            out.add(CheckMessage.warning("security.W008", "plain HTTP requests are not redirected to HTTPS",
                    "set JANGO_SSL_REDIRECT=1 unless a proxy redirects"));
        }
        String key = s.secretKey();
        if (key.equals(Settings.INSECURE_DEV_KEY)) {
            out.add(CheckMessage.error("security.E100", "the development secret key is in use",
                    "set JANGO_SECRET_KEY to a long random value"));
        } else if (key.length() < MIN_SECRET_LENGTH || key.chars().distinct().count() < MIN_SECRET_UNIQUE_CHARS) {
            out.add(CheckMessage.warning("security.W009", "the secret key is shorter than " + MIN_SECRET_LENGTH
                    + " characters or has fewer than " + MIN_SECRET_UNIQUE_CHARS + " distinct characters",
                    "generate one with: openssl rand -base64 48"));
        }
        if (!sec.secureCookies()) {
            out.add(CheckMessage.warning("security.W012", "the session cookie is sent over plain HTTP",
                    "set JANGO_SECURE_COOKIES=1"));
            out.add(CheckMessage.warning("security.W016", "the CSRF cookie is sent over plain HTTP",
                    "set JANGO_SECURE_COOKIES=1"));
        }
        if (s.debug()) {
            out.add(CheckMessage.warning("security.W018", "debug is on: error pages show code, settings and SQL",
                    "set JANGO_DEBUG=0 (or JANGO_PROFILE=prod)"));
        }
        if (s.allowedHosts().isEmpty()) {
            out.add(CheckMessage.warning("security.W020", "no allowed hosts: every request will be refused",
                    "set JANGO_ALLOWED_HOSTS"));
        } else if (s.allowedHosts().contains("*")) {
            out.add(CheckMessage.warning("security.W101", "allowed hosts contain '*': Host header attacks possible",
                    "list the real host names in JANGO_ALLOWED_HOSTS"));
        }
        if (s.adminPath().equals("/admin/")) {
            out.add(CheckMessage.info("security.I102", "the admin is at the well-known path /admin/",
                    "set JANGO_ADMIN_PATH to a less guessable prefix"));
        }
        return out;
    }
}

package dev.jango.web.settings;

import dev.jango.web.http.UploadLimits;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the environment variables that override settings (twelve-factor style): the environment wins over the
 * profile and over the project's code, so one build runs in every environment.
 *
 * <table>
 * <caption>variables</caption>
 * <tr><td>{@code JANGO_DEBUG}</td><td>debug (true/false/1/0/yes/no/on/off)</td></tr>
 * <tr><td>{@code JANGO_SECRET_KEY}</td><td>secretKey</td></tr>
 * <tr><td>{@code JANGO_ALLOWED_HOSTS}</td><td>allowedHosts, comma-separated</td></tr>
 * <tr><td>{@code JANGO_DATABASE_URL}, {@code JANGO_DATABASE_URL_<ALIAS>}</td><td>databases</td></tr>
 * <tr><td>{@code JANGO_HOST}, {@code PORT}</td><td>host, port</td></tr>
 * <tr><td>{@code JANGO_SECURE_COOKIES}, {@code JANGO_HSTS_SECONDS}, {@code JANGO_SSL_REDIRECT},
 *     {@code JANGO_CSRF_TRUSTED_ORIGINS}, {@code JANGO_CSP}</td><td>security</td></tr>
 * <tr><td>{@code JANGO_STATIC_URL}, {@code JANGO_STATIC_ROOT}, {@code JANGO_MEDIA_ROOT},
 *     {@code JANGO_ADMIN_PATH}</td><td>files and admin</td></tr>
 * <tr><td>{@code JANGO_UPLOAD_MEMORY_THRESHOLD}, {@code JANGO_UPLOAD_MAX_FILE_BYTES},
 *     {@code JANGO_UPLOAD_MAX_BYTES}, {@code JANGO_UPLOAD_TEMP_DIR}</td><td>uploads</td></tr>
 * <tr><td>{@code JANGO_SILENCED_CHECKS}</td><td>check IDs {@code manage check} ignores</td></tr>
 * </table>
 */
final class EnvOverrides {
    private static final String DB_PREFIX = "JANGO_DATABASE_URL_";

    private EnvOverrides() {
    }

    static void apply(SettingsBuilder b, Map<String, String> env) {
        value(env, "JANGO_DEBUG").ifPresent(v -> b.debug(bool("JANGO_DEBUG", v)));
        value(env, "JANGO_SECRET_KEY").ifPresent(b::secretKey);
        value(env, "JANGO_ALLOWED_HOSTS").ifPresent(v -> b.allowedHosts(list(v)));
        value(env, "JANGO_DATABASE_URL").ifPresent(v -> b.database("default", v));
        env.forEach((k, v) -> {
            if (k.startsWith(DB_PREFIX) && k.length() > DB_PREFIX.length() && !v.isBlank()) {
                b.database(k.substring(DB_PREFIX.length()).toLowerCase(Locale.ROOT), v.strip());
            }
        });
        value(env, "JANGO_HOST").ifPresent(b::host);
        value(env, "PORT").ifPresent(v -> b.port(port(v)));
        Security s = b.security();
        boolean secureCookies = value(env, "JANGO_SECURE_COOKIES").map(v -> bool("JANGO_SECURE_COOKIES", v))
                .orElse(s.secureCookies());
        long hsts = value(env, "JANGO_HSTS_SECONDS").map(v -> longValue("JANGO_HSTS_SECONDS", v))
                .orElse(s.hstsSeconds());
        boolean sslRedirect = value(env, "JANGO_SSL_REDIRECT").map(v -> bool("JANGO_SSL_REDIRECT", v))
                .orElse(s.sslRedirect());
        List<String> origins = value(env, "JANGO_CSRF_TRUSTED_ORIGINS").map(EnvOverrides::list)
                .orElse(s.csrfTrustedOrigins());
        Optional<String> csp = value(env, "JANGO_CSP").or(s::contentSecurityPolicy);
        b.security(new Security(secureCookies, hsts, s.hstsIncludeSubdomains(), sslRedirect, origins, csp));
        value(env, "JANGO_STATIC_URL").ifPresent(b::staticUrl);
        value(env, "JANGO_STATIC_ROOT").ifPresent(v -> b.staticRoot(Path.of(v)));
        value(env, "JANGO_MEDIA_ROOT").ifPresent(v -> b.mediaRoot(Path.of(v)));
        value(env, "JANGO_ADMIN_PATH").ifPresent(b::adminPath);
        b.uploads(uploads(b.uploads(), env));
        value(env, "JANGO_SILENCED_CHECKS").ifPresent(v -> b.extra("checks.silenced", v));
    }

    private static UploadLimits uploads(UploadLimits u, Map<String, String> env) {
        UploadLimits out = u;
        Optional<String> v = value(env, "JANGO_UPLOAD_MEMORY_THRESHOLD");
        if (v.isPresent()) {
            out = out.withMemoryThreshold(longValue("JANGO_UPLOAD_MEMORY_THRESHOLD", v.get()));
        }
        v = value(env, "JANGO_UPLOAD_MAX_FILE_BYTES");
        if (v.isPresent()) {
            out = out.withMaxFileBytes(longValue("JANGO_UPLOAD_MAX_FILE_BYTES", v.get()));
        }
        v = value(env, "JANGO_UPLOAD_MAX_BYTES");
        if (v.isPresent()) {
            out = out.withMaxTotalBytes(longValue("JANGO_UPLOAD_MAX_BYTES", v.get()));
        }
        v = value(env, "JANGO_UPLOAD_TEMP_DIR");
        if (v.isPresent()) {
            out = out.withTempDir(Path.of(v.get()));
        }
        return out;
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    static boolean bool(String name, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off" -> false;
            default -> throw new ImproperlyConfigured(name + "='" + value
                    + "' is not a boolean (use true/false, 1/0, yes/no, on/off)");
        };
    }

    static int port(String value) {
        try {
            int p = Integer.parseInt(value);
            if (p >= 0 && p <= 65_535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below, which names the variable
        }
        throw new ImproperlyConfigured("PORT='" + value + "' is not a port number (0-65535)");
    }

    static long longValue(String name, String value) {
        try {
            long v = Long.parseLong(value);
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new ImproperlyConfigured(name + "='" + value + "' is not a non-negative whole number");
    }

    static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

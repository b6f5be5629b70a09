package dev.jango.web.settings;

import dev.jango.web.http.UploadLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A project's typed, immutable settings. Built by {@link #load}: profile defaults ({@code JANGO_PROFILE}), then the
 * project's own adjustments, then environment variables, then validation; production defaults are the secure ones.
 *
 * <pre>{@code
 * Settings s = Settings.load(System.getenv(), b -> b.extra("shop.page_size", "50"));
 * s.port();          // 8000, or $PORT
 * s.debug();         // true in dev, false in prod unless JANGO_DEBUG=1
 * s.database("default");
 * }</pre>
 *
 * @param profile      the profile the defaults came from
 * @param debug        show debug error pages (with stack traces and SQL); never in production
 * @param secretKey    signs sessions, CSRF tokens and other signed values; never printed by {@link #toString()}
 * @param allowedHosts the {@code Host} header values served; {@code .example.com} matches sub-domains
 * @param databases    database URL by alias ({@code default} is always present)
 * @param host         the address {@code runserver} binds
 * @param port         the port {@code runserver} binds
 * @param security     cookies, HSTS, HTTPS redirect, CSRF origins, CSP
 * @param staticUrl    URL prefix of static files ({@code /static/})
 * @param staticRoot   folder {@code collectstatic} fills and production serves
 * @param mediaRoot    folder of uploaded files
 * @param adminPath    URL prefix of the admin; deliberately not {@code /admin/} by default in production
 * @param uploads      multipart uploads: in-memory threshold (2.5 MB), per-file and per-request limits, temp folder
 * @param extra        app-specific values by dotted key
 */
public record Settings(
        Profile profile,
        boolean debug,
        String secretKey,
        List<String> allowedHosts,
        Map<String, String> databases,
        String host,
        int port,
        Security security,
        String staticUrl,
        Path staticRoot,
        Path mediaRoot,
        String adminPath,
        UploadLimits uploads,
        Map<String, String> extra) {

    /** The development key: marked so that {@code check --deploy} and the prod profile refuse it. */
    public static final String INSECURE_DEV_KEY = "jango-insecure-development-key-do-not-use-in-production";

    public Settings {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(secretKey, "secretKey");
        allowedHosts = List.copyOf(allowedHosts);
        databases = Map.copyOf(databases);
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(uploads, "uploads");
        extra = Map.copyOf(extra);
    }

    /** Builder → environment → validation, as described on the class. */
    public static Settings load(Map<String, String> env, java.util.function.Consumer<SettingsBuilder> project) {
        Profile profile = Optional.ofNullable(env.get("JANGO_PROFILE")).filter(v -> !v.isBlank())
                .map(Profile::parse).orElse(Profile.DEV);
        SettingsBuilder builder = SettingsBuilder.defaults(profile);
        project.accept(builder);
        EnvOverrides.apply(builder, env);
        return builder.build();
    }

    /** {@link #load} with no project adjustments. */
    public static Settings load(Map<String, String> env) {
        return load(env, b -> { });
    }

    /** A builder starting from these settings, to derive a variant (tests, multi-site set-ups). */
    public SettingsBuilder toBuilder() {
        return SettingsBuilder.from(this);
    }

    /** The URL of database {@code alias}, or an error listing the configured aliases. */
    public String database(String alias) {
        String url = databases.get(alias);
        if (url == null) {
            throw new ImproperlyConfigured("no database alias '" + alias + "'; configured: " + databases.keySet());
        }
        return url;
    }

    /** An app-specific value. */
    public Optional<String> extra(String key) {
        return Optional.ofNullable(extra.get(key));
    }

    /** Whether {@code hostHeader} (without port) is one of {@link #allowedHosts()}; {@code *} allows any. */
    public boolean isAllowedHost(String hostHeader) {
        String host = HostNames.stripPort(hostHeader);
        for (String allowed : allowedHosts) {
            if (allowed.equals("*") || allowed.equalsIgnoreCase(host)
                    || allowed.startsWith(".") && (host.endsWith(allowed) || host.equals(allowed.substring(1)))) {
                return true;
            }
        }
        return false;
    }

    /** Never prints the secret key. */
    @Override
    public String toString() {
        return "Settings[profile=" + profile.label() + ", debug=" + debug + ", secretKey=****, allowedHosts="
                + allowedHosts + ", databases=" + databases.keySet() + ", host=" + host + ", port=" + port
                + ", security=" + security + ", staticUrl=" + staticUrl + ", adminPath=" + adminPath + ", uploads=" + uploads + "]";
    }
}

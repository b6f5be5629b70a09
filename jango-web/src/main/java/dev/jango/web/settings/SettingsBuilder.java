package dev.jango.web.settings;

import dev.jango.web.http.UploadLimits;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mutable step before {@link Settings}: profile defaults, adjusted by the project, then by the environment.
 * Only {@link #build()} produces settings, and it validates them.
 *
 * <pre>{@code
 * Settings s = SettingsBuilder.defaults(Profile.PROD).secretKey(key).allowedHosts(List.of("shop.example.com")).build();
 * }</pre>
 */
public final class SettingsBuilder {
    private final Profile profile;
    private boolean debug;
    private String secretKey;
    private List<String> allowedHosts;
    private final Map<String, String> databases = new LinkedHashMap<>();
    private String host;
    private int port;
    private Security security;
    private String staticUrl = "/static/";
    private Path staticRoot = Path.of("staticfiles");
    private Path mediaRoot = Path.of("media");
    private String adminPath;
    private UploadLimits uploads = UploadLimits.defaults();
    private final Map<String, String> extra = new LinkedHashMap<>();

    private SettingsBuilder(Profile profile) {
        this.profile = profile;
    }

    /** The defaults of {@code profile}. */
    public static SettingsBuilder defaults(Profile profile) {
        SettingsBuilder b = new SettingsBuilder(profile);
        b.databases.put("default", "sqlite:db.sqlite3");
        b.host = "127.0.0.1";
        b.port = 8000;
        switch (profile) {
            case DEV -> {
                b.debug = true;
                b.secretKey = Settings.INSECURE_DEV_KEY;
                b.allowedHosts = List.of("localhost", "127.0.0.1", "[::1]");
                b.security = Security.development();
                b.adminPath = "/admin/";
            }
            case BASE -> {
                b.debug = false;
                b.secretKey = Settings.INSECURE_DEV_KEY;
                b.allowedHosts = List.of("localhost", "127.0.0.1", "[::1]");
                b.security = Security.development();
                b.adminPath = "/admin/";
            }
            case PROD -> {
                b.debug = false;
                b.secretKey = ""; // must come from JANGO_SECRET_KEY or the project
                b.allowedHosts = List.of();
                b.security = Security.production();
                b.host = "0.0.0.0";
                // The admin lives at a non-default path so that scanners probing /admin/ find nothing.
                b.adminPath = "/manage-site/";
            }
        }
        return b;
    }

    static SettingsBuilder from(Settings s) {
        SettingsBuilder b = new SettingsBuilder(s.profile());
        b.debug = s.debug();
        b.secretKey = s.secretKey();
        b.allowedHosts = s.allowedHosts();
        b.databases.putAll(s.databases());
        b.host = s.host();
        b.port = s.port();
        b.security = s.security();
        b.staticUrl = s.staticUrl();
        b.staticRoot = s.staticRoot();
        b.mediaRoot = s.mediaRoot();
        b.adminPath = s.adminPath();
        b.uploads = s.uploads();
        b.extra.putAll(s.extra());
        return b;
    }

    public Profile profile() {
        return profile;
    }

    public SettingsBuilder debug(boolean value) {
        debug = value;
        return this;
    }

    public SettingsBuilder secretKey(String value) {
        secretKey = value;
        return this;
    }

    public SettingsBuilder allowedHosts(List<String> value) {
        allowedHosts = List.copyOf(value);
        return this;
    }

    public SettingsBuilder database(String alias, String url) {
        databases.put(alias, url);
        return this;
    }

    public SettingsBuilder host(String value) {
        host = value;
        return this;
    }

    public SettingsBuilder port(int value) {
        port = value;
        return this;
    }

    public SettingsBuilder security(Security value) {
        security = value;
        return this;
    }

    public Security security() {
        return security;
    }

    public SettingsBuilder staticUrl(String value) {
        staticUrl = value;
        return this;
    }

    public SettingsBuilder staticRoot(Path value) {
        staticRoot = value;
        return this;
    }

    public SettingsBuilder mediaRoot(Path value) {
        mediaRoot = value;
        return this;
    }

    public SettingsBuilder adminPath(String value) {
        adminPath = value;
        return this;
    }

    /** Upload handling; see {@link UploadLimits}. */
    public SettingsBuilder uploads(UploadLimits value) {
        uploads = java.util.Objects.requireNonNull(value, "uploads");
        return this;
    }

    public UploadLimits uploads() {
        return uploads;
    }

    public SettingsBuilder extra(String key, String value) {
        extra.put(key, value);
        return this;
    }

    /**
     * Validates and freezes.
     *
     * @throws ImproperlyConfigured naming the setting and its environment variable when a value is missing or bad
     */
    public Settings build() {
        if (port < 0 || port > 65_535) {
            throw new ImproperlyConfigured("port=" + port + " is not a port number (0-65535; set PORT)");
        }
        if (!staticUrl.startsWith("/") && !staticUrl.contains("://") || !staticUrl.endsWith("/")) {
            throw new ImproperlyConfigured("staticUrl='" + staticUrl + "' must be a path or URL ending in '/'");
        }
        if (!adminPath.startsWith("/") || !adminPath.endsWith("/")) {
            throw new ImproperlyConfigured("adminPath='" + adminPath + "' must start and end with '/'");
        }
        if (profile == Profile.PROD) {
            if (secretKey == null || secretKey.isBlank()) {
                throw new ImproperlyConfigured("the prod profile needs a secret key: set JANGO_SECRET_KEY");
            }
            if (secretKey.equals(Settings.INSECURE_DEV_KEY)) {
                throw new ImproperlyConfigured("the prod profile refuses the development secret key:"
                        + " set JANGO_SECRET_KEY to a long random value");
            }
            if (allowedHosts.isEmpty()) {
                throw new ImproperlyConfigured("the prod profile needs allowed hosts: set JANGO_ALLOWED_HOSTS"
                        + " (comma-separated, e.g. shop.example.com,.example.org)");
            }
        }
        return new Settings(profile, debug, secretKey, allowedHosts, databases, host, port, security,
                staticUrl, staticRoot, mediaRoot, adminPath, uploads, extra);
    }
}

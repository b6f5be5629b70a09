package dev.jango.web.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
    private static final String KEY = "k3y-with-enough-entropy-0123456789-abcdefghijklmnopqrstuvwxyz";
    private static final Map<String, String> PROD = Map.of("JANGO_PROFILE", "prod", "JANGO_SECRET_KEY", KEY,
            "JANGO_ALLOWED_HOSTS", "shop.example.com, .example.org");

    @Test
    void devIsTheDefaultProfileWithDebugAndLocalHosts() {
        Settings s = Settings.load(Map.of());
        assertThat(s.profile()).isEqualTo(Profile.DEV);
        assertThat(s.debug()).isTrue();
        assertThat(s.allowedHosts()).containsExactly("localhost", "127.0.0.1", "[::1]");
        assertThat(s.security().secureCookies()).isFalse();
        assertThat(s.port()).isEqualTo(8000);
        assertThat(s.database("default")).isEqualTo("sqlite:db.sqlite3");
    }

    @Test
    void prodDefaultsAreTheSecureOnes() {
        Settings s = Settings.load(PROD);
        assertThat(s.profile()).isEqualTo(Profile.PROD);
        assertThat(s.debug()).isFalse();
        assertThat(s.security().secureCookies()).isTrue();
        assertThat(s.security().hstsSeconds()).isEqualTo(Security.ONE_YEAR);
        assertThat(s.security().hstsIncludeSubdomains()).isTrue();
        assertThat(s.security().sslRedirect()).isTrue();
        assertThat(s.adminPath()).isNotEqualTo("/admin/");
        assertThat(s.allowedHosts()).containsExactly("shop.example.com", ".example.org");
    }

    @Test
    void prodRequiresASecretKeyAndRefusesTheDevelopmentKey() {
        assertThatThrownBy(() -> Settings.load(Map.of("JANGO_PROFILE", "prod", "JANGO_ALLOWED_HOSTS", "a.com")))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("JANGO_SECRET_KEY");
        assertThatThrownBy(() -> Settings.load(Map.of("JANGO_PROFILE", "prod", "JANGO_ALLOWED_HOSTS", "a.com",
                "JANGO_SECRET_KEY", Settings.INSECURE_DEV_KEY)))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("refuses the development secret key");
        assertThatThrownBy(() -> Settings.load(Map.of("JANGO_PROFILE", "prod", "JANGO_SECRET_KEY", KEY)))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("JANGO_ALLOWED_HOSTS");
    }

    @Test
    void environmentOverridesProfileAndProjectCode() {
        Map<String, String> env = Map.of("JANGO_DEBUG", "off", "PORT", "9090", "JANGO_HOST", "0.0.0.0",
                "JANGO_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test",
                "JANGO_DATABASE_URL_REPLICA", "postgresql://ro@replica:5432/test",
                "JANGO_HSTS_SECONDS", "600", "JANGO_SECURE_COOKIES", "yes", "JANGO_CSP", "default-src 'self'");
        Settings s = Settings.load(env, b -> b.port(7000).debug(true).extra("shop.currency", "EUR"));
        assertThat(s.debug()).isFalse();
        assertThat(s.port()).isEqualTo(9090);
        assertThat(s.host()).isEqualTo("0.0.0.0");
        assertThat(s.databases()).containsEntry("default", "postgresql://postgres@127.0.0.1:5432/test")
                .containsEntry("replica", "postgresql://ro@replica:5432/test");
        assertThat(s.security().hstsSeconds()).isEqualTo(600);
        assertThat(s.security().secureCookies()).isTrue();
        assertThat(s.security().contentSecurityPolicy()).contains("default-src 'self'");
        assertThat(s.extra("shop.currency")).contains("EUR");
    }

    @Test
    void projectCodeCanBranchOnTheProfile() {
        Settings s = Settings.load(Map.of("JANGO_PROFILE", "base"),
                b -> b.allowedHosts(b.profile() == Profile.BASE ? List.of("base.test") : List.of("other")));
        assertThat(s.profile()).isEqualTo(Profile.BASE);
        assertThat(s.debug()).isFalse();
        assertThat(s.allowedHosts()).containsExactly("base.test");
    }

    @Test
    void badEnvironmentValuesNameTheVariableAndValue() {
        assertThatThrownBy(() -> Settings.load(Map.of("JANGO_PROFILE", "staging")))
                .isInstanceOf(ImproperlyConfigured.class)
                .hasMessage("JANGO_PROFILE='staging' is not one of base, dev, prod");
        assertThatThrownBy(() -> Settings.load(Map.of("PORT", "80a")))
                .isInstanceOf(ImproperlyConfigured.class).hasMessage("PORT='80a' is not a port number (0-65535)");
        assertThatThrownBy(() -> Settings.load(Map.of("PORT", "70000")))
                .hasMessage("PORT='70000' is not a port number (0-65535)");
        assertThatThrownBy(() -> Settings.load(Map.of("JANGO_DEBUG", "maybe")))
                .hasMessageStartingWith("JANGO_DEBUG='maybe' is not a boolean");
        assertThatThrownBy(() -> Settings.load(Map.of("JANGO_HSTS_SECONDS", "-5")))
                .hasMessage("JANGO_HSTS_SECONDS='-5' is not a non-negative whole number");
        assertThatThrownBy(() -> Settings.load(Map.of("JANGO_STATIC_URL", "static")))
                .hasMessageContaining("staticUrl='static'");
        assertThatThrownBy(() -> Settings.load(Map.of()).database("replica"))
                .hasMessage("no database alias 'replica'; configured: [default]");
    }

    @Test
    void toStringNeverShowsTheSecretKey() {
        assertThat(Settings.load(PROD).toString()).doesNotContain(KEY).contains("secretKey=****");
    }

    @Test
    void allowedHostsMatchExactlyOrBySubdomainWithoutPort() {
        Settings s = Settings.load(PROD);
        assertThat(s.isAllowedHost("shop.example.com:443")).isTrue();
        assertThat(s.isAllowedHost("SHOP.example.com")).isTrue();
        assertThat(s.isAllowedHost("a.example.org")).isTrue();
        assertThat(s.isAllowedHost("example.org")).isTrue();
        assertThat(s.isAllowedHost("evil-example.org")).isFalse();
        assertThat(s.isAllowedHost("example.com")).isFalse();
        assertThat(Settings.load(Map.of()).isAllowedHost("[::1]:8000")).isTrue();
    }

    @Test
    void toBuilderDerivesAVariant() {
        Settings s = Settings.load(PROD);
        Settings t = s.toBuilder().port(1234).build();
        assertThat(t.port()).isEqualTo(1234);
        assertThat(t.secretKey()).isEqualTo(KEY);
        assertThat(s.port()).isEqualTo(8000);
    }

    @Test
    void uploadLimitsDefaultLikeDjangoAndComeFromTheEnvironment() {
        Settings d = Settings.load(Map.of());
        assertThat(d.uploads().memoryThreshold()).isEqualTo(2_621_440);
        Settings s = Settings.load(Map.of("JANGO_UPLOAD_MEMORY_THRESHOLD", "1024", "JANGO_UPLOAD_MAX_FILE_BYTES", "2048",
                "JANGO_UPLOAD_MAX_BYTES", "4096", "JANGO_UPLOAD_TEMP_DIR", "/var/tmp/up"));
        assertThat(s.uploads()).isEqualTo(new dev.jango.web.http.UploadLimits(1024, 2048, 4096,
                java.nio.file.Path.of("/var/tmp/up")));
        assertThat(s.toBuilder().build().uploads()).isEqualTo(s.uploads());
        assertThatThrownBy(() -> Settings.load(Map.of("JANGO_UPLOAD_MAX_BYTES", "lots")))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("JANGO_UPLOAD_MAX_BYTES='lots'");
    }
}

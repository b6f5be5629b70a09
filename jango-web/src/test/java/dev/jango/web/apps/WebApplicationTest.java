package dev.jango.web.apps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.routing.Routes;
import dev.jango.web.server.Dispatcher;
import dev.jango.web.settings.Settings;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebApplicationTest {
    private static final String KEY = "k3y-with-enough-entropy-0123456789-abcdefghijklmnopqrstuvwxyz";

    private static final App SHOP = new App() {
        @Override
        public String label() {
            return "shop";
        }

        @Override
        public List<Routes.Def> routes() {
            return List.of(Routes.path("", request -> HttpResponse.text("shop home"), "index"),
                    Routes.path("buy/", request -> HttpResponse.text("bought"), "buy"));
        }
    };

    private static Dispatcher app(Map<String, String> env) {
        AppRegistry registry = AppRegistry.load(Settings.load(env), List.of(SHOP));
        return WebApplication.dispatcher(registry, registry.routes());
    }

    private static HttpResponse get(Dispatcher app, String method, String path, String host) {
        return app.dispatch(HttpRequest.builder(method, path).header("Host", host).secure(true).build());
    }

    @Test
    void productionStackSendsHstsAndRefusesUnknownHosts() {
        Dispatcher prod = app(Map.of("JANGO_PROFILE", "prod", "JANGO_SECRET_KEY", KEY,
                "JANGO_ALLOWED_HOSTS", "shop.example.com"));
        HttpResponse ok = get(prod, "GET", "/shop/", "shop.example.com");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(new String(ok.bytes(), StandardCharsets.UTF_8)).isEqualTo("shop home");
        assertThat(ok.headers().first("Strict-Transport-Security")).contains("max-age=31536000; includeSubDomains");
        assertThat(ok.headers().first("X-Content-Type-Options")).contains("nosniff");
        assertThat(get(prod, "GET", "/shop/", "evil.example.com").status()).isEqualTo(400);
        HttpResponse plain = prod.dispatch(HttpRequest.builder("GET", "/shop/?q=1").header("Host", "shop.example.com")
                .build());
        assertThat(plain.status()).isEqualTo(301);
        assertThat(plain.headers().first("Location")).contains("https://shop.example.com/shop/?q=1");
    }

    @Test
    void developmentStackHasNoHstsAndRequiresCsrfOnPost() {
        Dispatcher dev = app(Map.of());
        HttpResponse ok = get(dev, "GET", "/shop/", "localhost:8000");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.headers().first("Strict-Transport-Security")).isEmpty();
        assertThat(get(dev, "POST", "/shop/buy/", "localhost").status()).isEqualTo(403);
        assertThat(get(dev, "GET", "/shop/buy", "localhost").status()).isEqualTo(301);
    }
}

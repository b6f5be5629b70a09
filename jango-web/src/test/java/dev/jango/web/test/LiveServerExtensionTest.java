package dev.jango.web.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.web.http.HttpResponse;
import dev.jango.web.http.Redirect;
import dev.jango.web.http.SetCookie;
import dev.jango.web.routing.Router;
import dev.jango.web.routing.Routes;
import dev.jango.web.server.Dispatcher;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LiveServerExtensionTest {
    @RegisterExtension
    static final LiveServerExtension LIVE = new LiveServerExtension(() -> Dispatcher.builder()
            .router(Router.of(Routes.path("", r -> HttpResponse.html("<h1>live</h1>"), "home"))).build());

    @Test
    void servesOnAFreePortForTheWholeClass() throws Exception {
        assertThat(LIVE.uri().getPort()).isPositive();
        var r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(LIVE.uri()).build(), BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("<h1>live</h1>");
    }

    @Test
    void testClientFollowsRedirectsAndKeepsCookies() {
        Dispatcher app = Dispatcher.builder().router(Router.of(
                Routes.path("login/", r -> Redirect.to("/home/").withCookie(SetCookie.of("who", "ann"))),
                Routes.path("home/", r -> HttpResponse.text("hi " + r.cookie("who").orElse("?"))))).build();
        TestClient client = new TestClient(app).followRedirects(true);
        TestResponse r = client.post("/login/", Map.of());
        assertThat(r.redirectChain()).containsExactly("/home/");
        assertThat(r.text()).isEqualTo("hi ann");
        assertThat(client.cookies()).containsEntry("who", "ann");
    }

    @Test
    void testClientDecodesPathsLikeTheServer() {
        Dispatcher app = Dispatcher.builder().router(Router.of(
                Routes.path("u/<name>/", r -> HttpResponse.text(r.pathParam("name", String.class))))).build();
        assertThat(new TestClient(app).get("/u/ann%20b+c%3F/?x=1").text()).isEqualTo("ann b+c?");
    }
}

package dev.jango.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.web.http.Body;
import dev.jango.web.http.FileResponse;
import dev.jango.web.http.Http404;
import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.http.JsonResponse;
import dev.jango.web.http.Redirect;
import dev.jango.web.http.RequestLimits;
import dev.jango.web.http.SetCookie;
import dev.jango.web.http.SqlRecorder;
import dev.jango.web.http.StreamingResponse;
import dev.jango.web.middleware.CommonMiddleware;
import dev.jango.web.middleware.ConditionalGetMiddleware;
import dev.jango.web.middleware.CsrfExempt;
import dev.jango.web.middleware.CsrfMiddleware;
import dev.jango.web.middleware.GZipMiddleware;
import dev.jango.web.middleware.Middleware;
import dev.jango.web.middleware.RequestStatsMiddleware;
import dev.jango.web.middleware.SecurityHeadersMiddleware;
import dev.jango.web.middleware.SessionMiddleware;
import dev.jango.web.middleware.SignedCookieSessionBackend;
import dev.jango.web.middleware.UserMiddleware;
import dev.jango.web.routing.Converters;
import dev.jango.web.routing.Router;
import dev.jango.web.routing.Routes;
import dev.jango.web.server.Dispatcher;
import dev.jango.web.server.ServerConfig;
import dev.jango.web.test.TestClient;
import dev.jango.web.views.Decorators;
import dev.jango.web.views.LoginRequired;
import dev.jango.web.views.MethodView;
import dev.jango.web.views.RedirectView;
import dev.jango.web.views.View;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Touches the web-core public API the way an application does, so an incompatible change fails to compile here. */
class WebCorePublicApiTest {

    static final class Account extends MethodView implements LoginRequired {
        @Override
        public HttpResponse get(HttpRequest r) {
            return HttpResponse.text("account of " + r.user().username());
        }
    }

    @Test
    void aWholeApplicationWiresUp() {
        View list = r -> JsonResponse.of(Map.of("q", r.query().first("q").orElse("")));
        View detail = r -> r.pathParam("id", Integer.class) == 1 ? HttpResponse.html("<p>one</p>") : fail404();
        Router router = Router.builder().converter(Converters.SLUG).add(
                Routes.path("", r -> Redirect.to("/books/"), "home"),
                Routes.path("books/", list, "book-list"),
                Routes.path("books/<int:id>/", detail, "book-detail"),
                Routes.path("csv/", r -> StreamingResponse.of("text/csv", Stream.of("a,b\n"))),
                Routes.path("file/", r -> FileResponse.of(r, Path.of("pom.xml"))),
                Routes.path("account/", MethodView.asView(Account::new)),
                Routes.path("old/", RedirectView.to("/books/").permanent()),
                Routes.path("hook/", CsrfExempt.of(Decorators.requireMethods(r -> HttpResponse.status(204), "POST"))),
                Routes.include("api/", "api", List.of(Routes.path("books/", list, "books")))).build();
        List<Middleware> stack = List.of(
                new SecurityHeadersMiddleware(SecurityHeadersMiddleware.Config.development()),
                new RequestStatsMiddleware(3),
                new GZipMiddleware(512),
                new ConditionalGetMiddleware(),
                new CommonMiddleware(router::matches),
                new SessionMiddleware(new SignedCookieSessionBackend("x".repeat(40), Duration.ofDays(14), Clock.systemUTC()),
                        SessionMiddleware.CookieConfig.defaults()),
                new CsrfMiddleware(CsrfMiddleware.Config.defaults().withTrustedOrigins(Set.of())),
                new UserMiddleware(r -> Optional.empty()));
        Dispatcher app = Dispatcher.builder().router(router).middleware(stack).debug(true)
                .sqlRecorder(SqlRecorder.queries()).build();
        ServerConfig config = ServerConfig.defaults().withPort(0).withLimits(RequestLimits.defaults().withMaxBodyBytes(1 << 20));
        TestClient client = new TestClient(app).followRedirects(true);

        assertThat(config.port()).isZero();
        assertThat(client.get("/").redirectChain()).containsExactly("/books/");
        assertThat(client.get("/books/2/").status()).isEqualTo(404);
        assertThat(client.get("/account/").redirectChain()).containsExactly("/accounts/login/?next=%2Faccount%2F");
        assertThat(client.post("/hook/", Map.of()).status()).isEqualTo(204);
        assertThat(router.reverse("api:books")).isEqualTo("/api/books/");
        assertThat(HttpResponse.text("x").withCookie(SetCookie.of("a", "b")).body()).isInstanceOf(Body.Bytes.class);
        assertThat(app.dump()).contains("CsrfMiddleware");
    }

    private static HttpResponse fail404() {
        throw new Http404("no such book");
    }
}

package dev.jango.web.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.http.SetCookie;
import dev.jango.web.http.SqlLog;
import dev.jango.web.http.SqlRecorder;
import dev.jango.web.http.StreamingResponse;
import dev.jango.web.routing.Router;
import dev.jango.web.routing.Routes;
import dev.jango.web.server.Dispatcher;
import dev.jango.web.test.TestClient;
import dev.jango.web.test.TestResponse;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class MiddlewareTest {
    static final String SECRET = "0123456789abcdef0123456789abcdef-test-secret";
    static final String BIG = "All work and no play makes Jack a dull boy. ".repeat(100);

    static Router routes() {
        return Router.of(
                Routes.path("books/", r -> HttpResponse.html("<p>books</p>"), "books"),
                Routes.path("big/", r -> HttpResponse.text(BIG)),
                Routes.path("stream/", r -> StreamingResponse.of("text/plain", Stream.of("a,", "b,", "c"))),
                Routes.path("visits/", r -> {
                    int n = r.session().get("visits", Integer.class).orElse(0) + 1;
                    r.session().put("visits", n);
                    return HttpResponse.text("visits=" + n);
                }),
                Routes.path("logout/", r -> {
                    r.session().flush();
                    return HttpResponse.text("bye");
                }),
                Routes.path("form/", r -> r.method().equals("POST")
                        ? HttpResponse.text("saved " + r.form().first("title").orElse(""))
                        : HttpResponse.html("<input name=csrfmiddlewaretoken value=" + CsrfMiddleware.token(r) + ">")),
                Routes.path("hook/", CsrfExempt.of(r -> HttpResponse.text("hooked"))),
                Routes.path("whoami/", r -> HttpResponse.text(r.user().isAuthenticated() ? r.user().username() : "anon")));
    }

    static Dispatcher app(List<String> log) {
        Router router = routes();
        return Dispatcher.builder().router(router).middleware(
                new SecurityHeadersMiddleware(SecurityHeadersMiddleware.Config.production().withCsp("default-src 'self'")),
                new RequestStatsMiddleware(3, log::add),
                new GZipMiddleware(200),
                new ConditionalGetMiddleware(),
                new CommonMiddleware(router::matches),
                new SessionMiddleware(new SignedCookieSessionBackend(SECRET, Duration.ofDays(1), Clock.systemUTC()),
                        SessionMiddleware.CookieConfig.defaults()),
                new CsrfMiddleware(CsrfMiddleware.Config.defaults()),
                new UserMiddleware(r -> r.header("X-Test-User").map(TestUser::new))).build();
    }

    record TestUser(String username) implements dev.jango.web.http.User {
        public boolean isAuthenticated() {
            return true;
        }

        public boolean hasPermission(String p) {
            return p.equals("books.change_book");
        }
    }

    final List<String> log = new ArrayList<>();
    final TestClient client = new TestClient(app(log));

    @Test
    void securityHeadersAndHstsOnlyOverHttps() {
        TestResponse plain = client.get("/books/");
        assertThat(plain.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(plain.header("X-Frame-Options")).contains("DENY");
        assertThat(plain.header("Referrer-Policy")).contains("same-origin");
        assertThat(plain.header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(plain.header("Strict-Transport-Security")).isEmpty();
        assertThat(client.secure(true).get("/books/").header("Strict-Transport-Security"))
                .contains("max-age=31536000; includeSubDomains");
    }

    @Test
    void appendSlashRedirectsOnlyWhenTheSlashedPathExists() {
        TestResponse r = client.get("/books?page=2");
        assertThat(r.status()).isEqualTo(301);
        assertThat(r.header("Location")).contains("/books/?page=2");
        assertThat(client.get("/nothing").status()).isEqualTo(404);
        assertThat(client.followRedirects(true).get("/books").redirectChain()).containsExactly("/books/");
    }

    @Test
    void statsLineForEveryRequest() {
        client.get("/books/");
        client.get("/missing/");
        assertThat(log).hasSize(2);
        assertThat(log.get(0)).matches("GET /books/ 200 db_queries=0 db_ms=0\\.0 total_ms=\\d+\\.\\d");
        assertThat(log.get(1)).startsWith("GET /missing/ 404 ");
    }

    @Test
    void nPlusOneWarningsFromRepeatedStatementShapes() {
        SqlRecorder fake = new SqlRecorder() {
            public SqlLog newLog() {
                List<SqlLog.Statement> s = List.of(new SqlLog.Statement("SELECT * FROM book", 1.0),
                        new SqlLog.Statement("SELECT * FROM author WHERE id = ?", 0.2),
                        new SqlLog.Statement("SELECT * FROM author WHERE id = ?", 0.2),
                        new SqlLog.Statement("SELECT * FROM author WHERE id = ?", 0.2));
                return new SqlLog() {
                    public int count() {
                        return s.size();
                    }

                    public double totalMillis() {
                        return 1.6;
                    }

                    public List<Statement> statements() {
                        return s;
                    }
                };
            }

            public <T> T scope(SqlLog l, Callable<T> call) throws Exception {
                return call.call();
            }
        };
        List<String> lines = new ArrayList<>();
        Dispatcher d = Dispatcher.builder().router(routes()).sqlRecorder(fake)
                .middleware(new RequestStatsMiddleware(3, lines::add)).build();
        new TestClient(d).get("/books/");
        assertThat(lines.get(0)).startsWith("GET /books/ 200 db_queries=4 db_ms=1.6 total_ms=");
        assertThat(lines.get(1)).isEqualTo("N+1? GET /books/ ran 3x: SELECT * FROM author WHERE id = ?");
    }

    @Test
    void gzipForClientsThatAcceptIt() throws Exception {
        TestResponse r = client.request("GET", "/big/", Map.of("Accept-Encoding", "gzip, br"), null, null);
        assertThat(r.header("Content-Encoding")).contains("gzip");
        assertThat(r.header("Vary").orElseThrow()).contains("Accept-Encoding");
        assertThat(r.bytes().length).isLessThan(BIG.length() / 10);
        assertThat(new String(new GZIPInputStream(new ByteArrayInputStream(r.bytes())).readAllBytes())).isEqualTo(BIG);
        assertThat(r.header("ETag").orElseThrow()).startsWith("W/\"");
        assertThat(client.get("/big/").header("Content-Encoding")).isEmpty();
        assertThat(client.request("GET", "/big/", Map.of("Accept-Encoding", "gzip;q=0"), null, null)
                .header("Content-Encoding")).isEmpty();
        TestResponse streamed = client.request("GET", "/stream/", Map.of("Accept-Encoding", "gzip"), null, null);
        assertThat(new String(new GZIPInputStream(new ByteArrayInputStream(streamed.bytes())).readAllBytes())).isEqualTo("a,b,c");
    }

    @Test
    void conditionalGetAnswers304() {
        TestResponse first = client.get("/books/");
        String etag = first.header("ETag").orElseThrow();
        TestResponse again = client.request("GET", "/books/", Map.of("If-None-Match", etag), null, null);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.bytes()).isEmpty();
        assertThat(again.header("ETag")).contains(etag);
        assertThat(client.request("GET", "/books/", Map.of("If-None-Match", "\"other\""), null, null).status()).isEqualTo(200);
    }

    @Test
    void signedCookieSessionsPersistAndRejectTampering() {
        assertThat(client.get("/visits/").text()).isEqualTo("visits=1");
        assertThat(client.get("/visits/").text()).isEqualTo("visits=2");
        String cookie = client.cookies().get("sessionid");
        assertThat(cookie).isNotBlank();
        TestClient forger = new TestClient(app(log)).cookie("sessionid", cookie.replaceFirst("^.", "X"));
        assertThat(forger.get("/visits/").text()).isEqualTo("visits=1");
        assertThat(client.get("/logout/").text()).isEqualTo("bye");
        assertThat(client.cookies()).doesNotContainKey("sessionid");
        assertThat(client.get("/visits/").text()).isEqualTo("visits=1");
    }

    @Test
    void expiredSessionsStartAfresh() {
        Clock past = Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC);
        var backend = new SignedCookieSessionBackend(SECRET, Duration.ofDays(1), past);
        var session = new dev.jango.web.http.Session("", Map.of("a", 1));
        String old = backend.save(session);
        var now = new SignedCookieSessionBackend(SECRET, Duration.ofDays(1), Clock.systemUTC());
        assertThat(now.load(java.util.Optional.of(old)).isEmpty()).isTrue();
        assertThat(backend.load(java.util.Optional.of(old)).get("a", Integer.class)).contains(1);
    }

    @Test
    void csrfRejectsPostsWithoutAValidToken() {
        TestClient fresh = new TestClient(app(log));
        TestResponse noCookie = fresh.post("/form/", Map.of("title", "Dune"));
        assertThat(noCookie.status()).isEqualTo(403);
        assertThat(noCookie.text()).contains("CSRF cookie not set");

        TestResponse page = fresh.get("/form/");
        assertThat(fresh.cookies()).containsKey("csrftoken");
        assertThat(page.text()).contains("csrfmiddlewaretoken value=");
        assertThat(fresh.post("/form/", Map.of("title", "Dune")).text()).isEqualTo("saved Dune");

        TestResponse missing = fresh.sendCsrfToken(false).post("/form/", Map.of("title", "Dune"));
        assertThat(missing.status()).isEqualTo(403);
        assertThat(missing.text()).contains("CSRF token missing");
        TestResponse wrong = fresh.post("/form/", Map.of("title", "x", "csrfmiddlewaretoken", "A".repeat(64)));
        assertThat(wrong.text()).contains("CSRF token incorrect");
    }

    @Test
    void csrfCookieIsSentOnlyByPagesThatUsedTheTokenAndThenRenewed() {
        TestClient c = new TestClient(app(log));
        TestResponse plain = c.get("/whoami/");
        assertThat(plain.response().cookies()).isEmpty();
        assertThat(plain.header("Vary").orElse("")).doesNotContain("Cookie");
        assertThat(c.cookies()).doesNotContainKey("csrftoken");

        TestResponse form = c.get("/form/");
        assertThat(form.response().cookies()).extracting(SetCookie::name).containsExactly("csrftoken");
        assertThat(form.header("Vary")).hasValueSatisfying(v -> assertThat(v).contains("Cookie"));
        String secret = c.cookies().get("csrftoken");
        // The client has the cookie now: a page using the token sends the same secret again (expiry renewed).
        assertThat(c.get("/form/").response().cookies()).extracting(SetCookie::value).containsExactly(secret);
        assertThat(c.get("/whoami/").response().cookies()).isEmpty();
    }

    @Test
    void csrfAcceptsMaskedTokensFromThePageAndChecksOrigin() {
        TestClient c = new TestClient(app(log)).sendCsrfToken(false);
        String html = c.get("/form/").text();
        String masked = html.substring(html.indexOf("value=") + 6, html.indexOf('>'));
        assertThat(masked).hasSize(64).isNotEqualTo(c.cookies().get("csrftoken"));
        assertThat(c.post("/form/", Map.of("title", "ok", "csrfmiddlewaretoken", masked)).text()).isEqualTo("saved ok");
        TestResponse evil = c.request("POST", "/form/", Map.of("Origin", "https://evil.example", "X-CSRFToken", masked),
                "application/x-www-form-urlencoded", "title=x".getBytes());
        assertThat(evil.status()).isEqualTo(403);
        assertThat(evil.text()).contains("Origin https://evil.example does not match http://testserver");
    }

    @Test
    void csrfOverHttpsNeedsASameSiteReferer() {
        TestClient c = new TestClient(app(log)).secure(true);
        c.get("/form/");
        assertThat(c.post("/form/", Map.of("title", "a")).status()).isEqualTo(200);
        TestResponse foreign = c.request("POST", "/form/", Map.of("Referer", "https://evil.example/x"),
                "application/x-www-form-urlencoded", ("csrfmiddlewaretoken=" + c.cookies().get("csrftoken")).getBytes());
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.text()).contains("Referer https://evil.example/x is not https://testserver");
    }

    @Test
    void csrfExemptViewsSkipTheCheck() {
        assertThat(new TestClient(app(log)).post("/hook/", Map.of()).text()).isEqualTo("hooked");
    }

    @Test
    void userHookFillsRequestUser() {
        assertThat(client.get("/whoami/").text()).isEqualTo("anon");
        assertThat(client.request("GET", "/whoami/", Map.of("X-Test-User", "ann"), null, null).text()).isEqualTo("ann");
    }

    @Test
    void shortCircuitingMiddlewareSkipsTheRest() {
        List<String> seen = new ArrayList<>();
        Dispatcher d = Dispatcher.builder().router(routes()).middleware(
                (req, chain) -> req.path().startsWith("/books") ? HttpResponse.text(503, "maintenance") : chain.proceed(req),
                (req, chain) -> {
                    seen.add(req.path());
                    return chain.proceed(req);
                }).build();
        TestClient c = new TestClient(d);
        assertThat(c.get("/books/").status()).isEqualTo(503);
        assertThat(c.get("/whoami/").status()).isEqualTo(200);
        assertThat(seen).containsExactly("/whoami/");
        assertThat(d.dump()).contains("└─ (lambda middleware)").contains("Router[8 routes]");
    }

    @Test
    void requestsArePlainValues() {
        HttpRequest r = HttpRequest.builder("GET", "/x/").build();
        assertThat(r.withHeader("A", "1").header("A")).contains("1");
        assertThat(r.header("A")).isEmpty();
    }
}

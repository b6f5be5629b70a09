package dev.jango.web.dbtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.db.connection.Database;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.middleware.DatabaseSessionBackend;
import dev.jango.web.middleware.SessionMiddleware;
import dev.jango.web.middleware.SessionRecord;
import dev.jango.web.routing.Router;
import dev.jango.web.routing.Routes;
import dev.jango.web.server.Dispatcher;
import dev.jango.web.test.TestClient;
import dev.jango.test.db.BackendTest;
import dev.jango.test.db.DatabaseTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

@DatabaseTest(models = SessionRecord.class)
class DatabaseSessionTest {

    static TestClient client(Clock clock) {
        Router router = Router.of(
                Routes.path("visits/", r -> {
                    int n = r.session().get("visits", Integer.class).orElse(0) + 1;
                    r.session().put("visits", n);
                    return HttpResponse.text("visits=" + n);
                }),
                Routes.path("logout/", r -> {
                    r.session().flush();
                    return HttpResponse.text("bye");
                }));
        return new TestClient(Dispatcher.builder().router(router).middleware(new SessionMiddleware(
                new DatabaseSessionBackend(Duration.ofHours(1), clock), SessionMiddleware.CookieConfig.defaults())).build());
    }

    @BackendTest
    void sessionsLiveInTheDatabaseUnderARandomKey(Database db) {
        TestClient c = client(Clock.systemUTC());
        assertThat(c.get("/visits/").text()).isEqualTo("visits=1");
        String key = c.cookies().get("sessionid");
        assertThat(key).matches("[a-z0-9]{32}");
        assertThat(c.get("/visits/").text()).isEqualTo("visits=2");
        assertThat(c.cookies().get("sessionid")).isEqualTo(key);
        assertThat(SessionRecord.objects.count()).isEqualTo(1);
        assertThat(SessionRecord.objects.all().first().orElseThrow().sessionData).isEqualTo("{\"visits\":2}");
    }

    @BackendTest
    void unknownOrForgedKeysStartANewSession(Database db) {
        TestClient c = client(Clock.systemUTC()).cookie("sessionid", "x".repeat(32));
        assertThat(c.get("/visits/").text()).isEqualTo("visits=1");
        assertThat(c.cookies().get("sessionid")).isNotEqualTo("x".repeat(32));
    }

    @BackendTest
    void logoutDeletesTheRowAndExpiredRowsAreIgnoredThenCleared(Database db) {
        TestClient c = client(Clock.systemUTC());
        c.get("/visits/");
        c.get("/logout/");
        assertThat(SessionRecord.objects.count()).isZero();
        assertThat(c.cookies()).doesNotContainKey("sessionid");

        Clock past = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
        TestClient old = client(past);
        old.get("/visits/");
        TestClient now = client(Clock.systemUTC()).cookie("sessionid", old.cookies().get("sessionid"));
        assertThat(now.get("/visits/").text()).isEqualTo("visits=1");
        assertThat(new DatabaseSessionBackend(Duration.ofHours(1), Clock.systemUTC()).clearExpired()).isEqualTo(1);
        assertThat(SessionRecord.objects.count()).isEqualTo(1);
    }
}

package dev.jango.web.dbtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.db.connection.Database;
import dev.jango.web.http.Http404;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.http.JsonResponse;
import dev.jango.web.http.StreamingResponse;
import dev.jango.web.middleware.RequestStatsMiddleware;
import dev.jango.web.routing.Router;
import dev.jango.web.routing.Routes;
import dev.jango.web.server.Dispatcher;
import dev.jango.web.test.TestClient;
import dev.jango.web.test.TestResponse;
import dev.jango.test.db.BackendTest;
import dev.jango.test.db.DatabaseTest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The request flow against real databases: view → QuerySet → response, with the per-request SQL accounting. */
@DatabaseTest(models = Shelf.class)
class RequestFlowDatabaseTest {
    final List<String> lines = new ArrayList<>();

    TestClient client() {
        Router router = Router.of(
                Routes.path("shelves/", r -> JsonResponse.of(Shelf.objects.all().orderBy("id").list().stream()
                        .map(s -> s.title).toList())),
                Routes.path("shelves/<long:id>/", r -> {
                    long id = r.pathParam("id", Long.class);
                    Shelf s = Shelf.objects.filter("id", id).first().orElseThrow(() -> new Http404("no shelf " + id));
                    return HttpResponse.text(s.title);
                }),
                Routes.path("slow/", r -> {
                    List<String> titles = new ArrayList<>();
                    for (Shelf s : Shelf.objects.all().orderBy("id").list()) {
                        titles.add(Shelf.objects.filter("id", s.id).first().orElseThrow().title); // N+1 on purpose
                    }
                    return HttpResponse.text(String.join(",", titles));
                }),
                Routes.path("csv/", r -> {
                    Iterator<Shelf> rows = Shelf.objects.all().orderBy("id").iterator();
                    return StreamingResponse.of("text/csv", new Iterator<String>() {
                        public boolean hasNext() {
                            return rows.hasNext();
                        }

                        public String next() {
                            Shelf s = rows.next();
                            return s.id + "," + s.title + "\n";
                        }
                    });
                }),
                Routes.path("boom/", r -> {
                    Shelf.objects.count();
                    throw new IllegalStateException("after one query");
                }));
        return new TestClient(Dispatcher.builder().router(router).debug(true)
                .middleware(new RequestStatsMiddleware(3, lines::add)).build());
    }

    static void seed(String... titles) {
        for (String t : titles) {
            Shelf.objects.create(s -> s.title = t);
        }
    }

    @BackendTest
    void listViewRunsOneQueryAndLogsIt(Database db) {
        seed("Sci-fi", "History", "Poetry");
        TestResponse r = client().get("/shelves/");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json(List.class)).containsExactly("Sci-fi", "History", "Poetry");
        assertThat(lines).singleElement().asString().matches("GET /shelves/ 200 db_queries=1 db_ms=\\d+\\.\\d total_ms=\\d+\\.\\d");
    }

    @BackendTest
    void detailViewAnd404(Database db) {
        seed("Sci-fi");
        long id = Shelf.objects.all().first().orElseThrow().id;
        TestClient c = client();
        assertThat(c.get("/shelves/" + id + "/").text()).isEqualTo("Sci-fi");
        TestResponse missing = c.get("/shelves/" + (id + 1000) + "/");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text()).contains("no shelf " + (id + 1000));
    }

    @BackendTest
    void repeatedQueryShapesAreReportedAsNPlusOne(Database db) {
        seed("a", "b", "c", "d");
        assertThat(client().get("/slow/").text()).isEqualTo("a,b,c,d");
        assertThat(lines.getFirst()).contains("db_queries=5");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("N+1? GET /slow/ ran 4x: SELECT"));
    }

    @BackendTest
    void streamsRowsFromTheQuerySetIterator(Database db) {
        seed("x", "y");
        TestResponse r = client().get("/csv/");
        assertThat(r.header("Content-Type")).contains("text/csv; charset=utf-8");
        assertThat(r.text()).matches("\\d+,x\n\\d+,y\n");
    }

    @BackendTest
    void debugPageShowsTheRequestsSql(Database db) {
        TestResponse r = client().get("/boom/");
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.text()).contains("after one query").contains("SQL (1 statements").containsIgnoringCase("count(");
        assertThat(Map.of("lines", lines)).isNotEmpty();
    }
}

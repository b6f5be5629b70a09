package dev.jango.bookstore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.bookstore.catalog.Author;
import dev.jango.bookstore.catalog.Book;
import dev.jango.bookstore.catalog.BookTag;
import dev.jango.bookstore.catalog.Country;
import dev.jango.bookstore.catalog.Publisher;
import dev.jango.bookstore.catalog.Tag;
import dev.jango.bookstore.seed.ReferenceData;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.QueryLog;
import dev.jango.db.connection.Queries;
import dev.jango.test.db.BackendTest;
import dev.jango.test.db.DatabaseTest;
import dev.jango.web.test.TestClient;
import dev.jango.web.test.TestResponse;
import java.util.List;
import java.util.Map;

/** Every read-only page of the bookstore, through the full middleware stack, on every backend. */
@DatabaseTest(models = {Country.class, Publisher.class, Author.class, Tag.class, Book.class, BookTag.class})
class PagesTest {
    private static final ReferenceData DATA = new ReferenceData(120);

    private static TestClient seeded(Database db) {
        Bookstore.seed(db, DATA.books());
        return new TestClient(Bookstore.dispatcher());
    }

    /** The newest book of the data set: the largest published date, then the largest id. */
    private static long newest() {
        long best = 1;
        for (long b = 2; b <= DATA.books(); b++) {
            int c = ((Comparable) DATA.book(b).get(4)).compareTo(DATA.book(best).get(4));
            if (c > 0 || c == 0 && b > best) {
                best = b;
            }
        }
        return best;
    }

    @BackendTest
    void bookListShowsFiftyNewestWithRelationsInTwoQueries(Database db) {
        TestClient client = seeded(db);
        QueryLog log = Queries.capture(() -> {
            TestResponse r = client.get("/books/");
            assertThat(r.status()).isEqualTo(200);
            String html = r.text();
            assertThat(html).contains("<a href=\"/books/" + newest() + "/\">" + DATA.book(newest()).get(1) + "</a>");
            assertThat(html.split("<tr>", -1)).hasSize(1 + 1 + 50);   // before the header row, header, 50 books
            assertThat(html).contains("Press").contains("tag-").contains("href=\"/books/?before=");
        });
        // books joined to author and publisher, then every tag of the page: never one query per book.
        assertThat(log.count()).isEqualTo(2);
    }

    @BackendTest
    void keysetCursorContinuesWithoutOverlapAndRejectsGarbage(Database db) {
        TestClient client = seeded(db);
        Map<?, ?> first = client.get("/api/books/").json(Map.class);
        String next = (String) first.get("next");
        Map<?, ?> second = client.get("/api/books/", Map.of("before", next)).json(Map.class);
        Map<?, ?> third = client.get("/api/books/", Map.of("before", (String) second.get("next"))).json(Map.class);
        List<?> a = (List<?>) first.get("results");
        List<?> b = (List<?>) second.get("results");
        List<?> c = (List<?>) third.get("results");
        assertThat(a).hasSize(50);
        assertThat(b).hasSize(50);
        assertThat(c).hasSize(20);
        assertThat(third.get("next")).isNull();
        assertThat(((Map<?, ?>) a.getFirst()).get("id")).isEqualTo((int) newest());
        assertThat(((Map<?, ?>) a.getFirst()).get("tags")).asList().hasSize(3);
        assertThat(((Map<?, ?>) ((Map<?, ?>) a.getFirst()).get("author")).get("name")).asString().isNotBlank();
        assertThat(next).matches("\\d{4}-\\d{2}-\\d{2}_\\d+");
        assertThat(client.get("/books/?before=yesterday").status()).isEqualTo(400);
    }

    @BackendTest
    void bookDetailShowsAuthorPublisherCountryAndTags(Database db) {
        TestClient client = seeded(db);
        List<Object> book = DATA.book(7);
        long author = (Long) book.get(2);
        String html = client.get("/books/7/").text();
        assertThat(html).contains("<h1>" + book.get(1) + "</h1>")
                .contains(DATA.author(author).get(1).toString())
                .contains(DATA.publisher((Long) DATA.author(author).get(2)).get(1).toString())
                .contains("Country ")
                .contains("tag-" + DATA.bookTags(7)[0]);
        assertThat(client.get("/books/9999/").status()).isEqualTo(404);
    }

    @BackendTest
    void authorPageListsTheirBooks(Database db) {
        TestClient client = seeded(db);
        TestResponse r = client.get("/authors/3/");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).contains("<h1>" + DATA.author(3).get(1) + "</h1>");
        long books = java.util.stream.LongStream.rangeClosed(1, DATA.books())
                .filter(b -> (Long) DATA.book(b).get(2) == 3).count();
        assertThat(r.text().split("<tr>", -1)).hasSize((int) (2 + books));
        assertThat(client.get("/authors/424242/").status()).isEqualTo(404);
    }

    @BackendTest
    void searchMatchesTitleAndAuthorNameIgnoringCase(Database db) {
        TestClient client = seeded(db);
        String byTitle = client.get("/search/", Map.of("q", "sILENT gARDEN")).text();
        assertThat(byTitle).contains("Silent Garden").doesNotContain("Golden River");
        String authorName = DATA.author(5).get(1).toString();   // e.g. "Farid Lovelace 5"
        String byAuthor = client.get("/search/", Map.of("q", authorName.toUpperCase())).text();
        assertThat(byAuthor).contains(">" + authorName + "</a>");
        assertThat(client.get("/search/", Map.of("q", "no such words")).text()).contains("0 book(s)");
    }

    @BackendTest
    void apiCsvSlowAndPlain(Database db) {
        TestClient client = seeded(db);
        TestResponse csv = client.get("/export/books.csv");
        assertThat(csv.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.header("Content-Disposition")).contains("attachment; filename=\"books.csv\"");
        List<String> lines = csv.text().lines().toList();
        assertThat(lines).hasSize(1 + 120);
        assertThat(lines.getFirst()).isEqualTo("id,title,author,price,published");
        List<Object> one = DATA.book(1);
        assertThat(lines.get(1)).isEqualTo("1," + one.get(1) + "," + DATA.author((Long) one.get(2)).get(1) + ","
                + one.get(3) + "," + one.get(4));
        long started = System.nanoTime();
        assertThat(client.get("/slow/").text()).isEqualTo("slept 100 ms");
        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(100);
        TestResponse plain = client.get("/plain/");
        assertThat(plain.text()).isEqualTo("Hello, world!");
        assertThat(plain.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
    }
}

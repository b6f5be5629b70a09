package dev.jango.bookstore;

import static dev.jango.bookstore.catalog.BookMeta.BOOK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.bookstore.catalog.Author;
import dev.jango.bookstore.catalog.Book;
import dev.jango.bookstore.catalog.BookTag;
import dev.jango.bookstore.catalog.Country;
import dev.jango.bookstore.catalog.Publisher;
import dev.jango.bookstore.catalog.Tag;
import dev.jango.db.connection.Database;
import dev.jango.test.db.BackendTest;
import dev.jango.test.db.DatabaseTest;
import dev.jango.web.test.TestClient;
import dev.jango.web.test.TestResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** The add-book form: CSRF enforced, validation errors shown, a valid submission saved and redirected. */
@DatabaseTest(models = {Country.class, Publisher.class, Author.class, Tag.class, Book.class, BookTag.class})
class BookFormTest {
    private static Map<String, String> valid() {
        return Map.of("title", "A Wizard of Earthsea", "author", "2", "price", "8.99", "published", "1968-11-01",
                "pages", "183");
    }

    @BackendTest
    void validSubmissionCreatesTheBookAndRedirectsToIt(Database db) {
        Bookstore.seed(db, 10);
        TestClient client = new TestClient(Bookstore.dispatcher());
        assertThat(client.get("/books/new/").text()).contains("name=\"csrfmiddlewaretoken\"");
        TestResponse r = client.post("/books/new/", valid());
        Book saved = Book.objects.get(BOOK.title.eq("A Wizard of Earthsea"));
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.header("Location")).contains("/books/" + saved.id + "/");
        assertThat(saved.author.longId()).isEqualTo(2);
        assertThat(saved.price).isEqualByComparingTo(new BigDecimal("8.99"));
        assertThat(saved.published).isEqualTo(LocalDate.of(1968, 11, 1));
        assertThat(client.get("/books/" + saved.id + "/").text()).contains("A Wizard of Earthsea");
    }

    @BackendTest
    void postWithoutCsrfTokenIsForbiddenAndSavesNothing(Database db) {
        Bookstore.seed(db, 10);
        TestClient client = new TestClient(Bookstore.dispatcher());
        client.get("/books/new/");
        assertThat(client.sendCsrfToken(false).post("/books/new/", valid()).status()).isEqualTo(403);
        assertThat(new TestClient(Bookstore.dispatcher()).post("/books/new/", valid()).status()).isEqualTo(403);
        assertThat(Book.objects.count()).isEqualTo(10);
    }

    @BackendTest
    void invalidSubmissionShowsErrorsAndKeepsInput(Database db) {
        Bookstore.seed(db, 10);
        TestClient client = new TestClient(Bookstore.dispatcher());
        client.get("/books/new/");
        TestResponse r = client.post("/books/new/", Map.of("title", "Kept title", "author", "424242",
                "price", "12.345", "published", "not a date", "pages", "100"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).contains("class=\"errorlist\"")
                .contains("No author has id 424242.")
                .contains("value=\"Kept title\"");
        assertThat(r.text().split("class=\"errorlist\"", -1)).hasSize(1 + 3);   // author, price, published
        assertThat(Book.objects.count()).isEqualTo(10);
    }
}

package dev.jango.web.forms;

import static dev.jango.web.testmodels.BookMeta.BOOK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.db.Db;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.Queries;
import dev.jango.db.connection.QueryLog;
import dev.jango.db.schema.SchemaEditor;
import dev.jango.web.http.Params;
import dev.jango.web.testmodels.Book;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Model form unique checks against real databases: SQLite always, PostgreSQL and MariaDB from
 * {@code JANGO_TEST_POSTGRES_URL} / {@code JANGO_TEST_MARIADB_URL} (a missing URL skips that backend, except under
 * {@code CI=true} where CI provides them).
 */
class ModelFormDatabaseTest {
    @TempDir
    static Path dir;

    static Stream<Arguments> backends() {
        List<Arguments> out = new ArrayList<>();
        out.add(Arguments.of("sqlite", "sqlite:" + dir.resolve("forms.sqlite3")));
        out.add(Arguments.of("postgresql", System.getenv("JANGO_TEST_POSTGRES_URL")));
        out.add(Arguments.of("mariadb", System.getenv("JANGO_TEST_MARIADB_URL")));
        return out.stream();
    }

    private static final ModelForm<Book> FORM = ModelForm.of(BOOK).fields("title", "price", "published", "status");

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("backends")
    void uniqueConstraintsAreCheckedWithOneQueryEach(String vendor, String url) throws Exception {
        if (url == null) {
            Assumptions.assumeFalse("true".equals(System.getenv("CI")), vendor + " URL missing under CI");
            Assumptions.abort("no URL for " + vendor + ": set JANGO_TEST_" + vendor.toUpperCase() + "_URL");
        }
        try (Database db = Database.open("default", url)) {
            SchemaEditor editor = SchemaEditor.forVendor(db.vendor().name());
            dropQuietly(db, editor);
            editor.createModel(BOOK).forEach(db::execute);
            try {
                Db.using(db, () -> {
                    run();
                    return null;
                });
            } finally {
                dropQuietly(db, editor);
            }
        }
    }

    private static void run() {
        Book dune = FORM.bind(Params.of("title", "Dune", "price", "9.99", "published", "1965-08-01",
                "status", "live")).save();
        assertThat(dune.isPersisted()).isTrue();
        assertThat(dune.id).isPositive();

        QueryLog log = Queries.capture(() -> {
            BoundModelForm<Book> clash = FORM.bind(Params.of("title", "Dune", "price", "1", "status", "draft"));
            assertThat(clash.errors().of("title")).containsExactly("Book with this Title already exists.");
        });
        assertThat(log.count()).isEqualTo(1);

        BoundModelForm<Book> edit = FORM.bind(Params.of("title", "Dune", "price", "12.00", "published", "1965-08-01",
                "status", "live"), dune);
        assertThat(edit.errors().asMap()).isEmpty();
        edit.save();
        Book reloaded = Book.class.cast(dev.jango.db.model.Manager.of(Book.class).get("id", dune.id));
        assertThat(reloaded.price).isEqualByComparingTo(new BigDecimal("12.00"));

        Book other = FORM.bind(Params.of("title", "Emma", "price", "3", "status", "live")).save();
        BoundModelForm<Book> together = FORM.bind(Params.of("title", "Dune", "price", "3",
                "published", "1965-08-01", "status", "live"), other);
        assertThat(together.errors().asMap()).isEqualTo(Map.of(
                "title", List.of("Book with this Title already exists."),
                Errors.NON_FIELD, List.of("Book with this Title and Published on already exists.")));
        assertThat(LocalDate.of(1965, 8, 1)).isEqualTo(reloaded.published);
    }

    private static void dropQuietly(Database db, SchemaEditor editor) {
        try {
            editor.deleteModel(BOOK).forEach(db::execute);
        } catch (RuntimeException e) {
            // absent: nothing to drop
        }
    }
}

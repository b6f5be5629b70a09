package dev.jango.db.orm;

import static dev.jango.db.orm.BookMeta.BOOK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.CheckViolation;
import dev.jango.db.NotNullViolation;
import dev.jango.db.UniqueViolation;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.QueryLog;
import dev.jango.db.connection.Queries;
import dev.jango.db.expr.F;
import dev.jango.db.query.FieldError;
import dev.jango.db.query.InvalidValueError;
import dev.jango.db.query.QuerySet;
import java.util.List;
import java.util.Map;

/** Each bad-input case of issue 2 raises a specific error naming model, field and value, before any SQL. */
@OrmTest(models = Book.class)
class BadInputTest {

    @EachBackend
    void unknownFieldNamesModelNameAndChoices() {
        QueryLog log = Queries.capture(() -> {
            assertThatThrownBy(() -> Book.objects.filter("titel__icontains", "x"))
                    .isInstanceOf(FieldError.class)
                    .hasMessageContaining("Book has no field 'titel'")
                    .hasMessageContaining("title, isbn, pages");
            assertThatThrownBy(() -> Book.objects.orderBy("-nope")).isInstanceOf(FieldError.class)
                    .hasMessageContaining("'nope'");
            assertThatThrownBy(() -> Book.objects.all().only("ghost")).isInstanceOf(FieldError.class);
            assertThatThrownBy(() -> Book.objects.filter(BOOK.pages.gt(F.of("missing")))).isInstanceOf(
                    FieldError.class).hasMessageContaining("'missing'");
            assertThatThrownBy(() -> Book.objects.all().update(Map.of("ghost", 1))).isInstanceOf(FieldError.class);
        });
        assertThat(log.count()).isZero();
    }

    @EachBackend
    void unknownLookupNamesFieldAndValidLookups() {
        assertThatThrownBy(() -> Book.objects.filter("title__icontain", "x"))
                .isInstanceOf(FieldError.class)
                .hasMessageContaining("Book.title")
                .hasMessageContaining("'icontain'")
                .hasMessageContaining("icontains").hasMessageContaining("startswith");
        assertThatThrownBy(() -> Book.objects.filter("pages__contains", 1))
                .isInstanceOf(FieldError.class).hasMessageContaining("Book.pages")
                .hasMessageContaining("gte").satisfies(e -> assertThat(e.getMessage()).doesNotContain("icontains"));
        assertThatThrownBy(() -> Book.objects.filter("title__year", 2020)).isInstanceOf(FieldError.class)
                .hasMessageContaining("'year'");
        assertThatThrownBy(() -> Book.objects.filter("published__hour", 2)).isInstanceOf(FieldError.class)
                .hasMessageContaining("published").hasMessageContaining("'hour'");
        assertThatThrownBy(() -> Book.objects.filter("published__year__bogus__gt", 2))
                .isInstanceOf(FieldError.class).hasMessageContaining("'bogus'");
        FieldError e = (FieldError) org.assertj.core.api.Assertions.catchThrowable(
                () -> Book.objects.filter("isbn__regexx", "x"));
        assertThat(e.model()).isEqualTo("Book");
        assertThat(e.name()).isEqualTo("regexx");
    }

    @EachBackend
    void wrongValueTypesAreRejectedBeforeSql() {
        QueryLog log = Queries.capture(() -> {
            assertThatThrownBy(() -> Book.objects.filter("pages", "abc"))
                    .isInstanceOf(InvalidValueError.class)
                    .hasMessageContaining("Book.pages").hasMessageContaining("'abc'");
            assertThatThrownBy(() -> Book.objects.filter("published__gte", "yesterday"))
                    .isInstanceOf(InvalidValueError.class).hasMessageContaining("Book.published");
            assertThatThrownBy(() -> Book.objects.filter("pages__in", List.of(1, "x")))
                    .isInstanceOf(InvalidValueError.class).hasMessageContaining("'x'");
            assertThatThrownBy(() -> Book.objects.filter("price", List.of(1)))
                    .isInstanceOf(InvalidValueError.class).hasMessageContaining("Book.price");
            assertThatThrownBy(() -> Book.objects.filter("format", "paperback-ish"))
                    .isInstanceOf(InvalidValueError.class).hasMessageContaining("Book.format")
                    .hasMessageContaining("Format");
            assertThatThrownBy(() -> Book.objects.filter("title__contains", 42))
                    .isInstanceOf(InvalidValueError.class).hasMessageContaining("Book.title");
            assertThatThrownBy(() -> Book.objects.filter("price__range", List.of(1)))
                    .isInstanceOf(InvalidValueError.class).hasMessageContaining("range");
            assertThatThrownBy(() -> Book.objects.filter("pages__isnull", "yes"))
                    .isInstanceOf(InvalidValueError.class).hasMessageContaining("isnull");
            assertThatThrownBy(() -> Book.objects.filter("published__year", "MMXX"))
                    .isInstanceOf(InvalidValueError.class).hasMessageContaining("'MMXX'");
        });
        assertThat(log.count()).isZero();
    }

    @EachBackend
    void tooLongCharValuesAreRejectedAndNothingIsWritten(Database db) {
        String longTitle = "x".repeat(41);
        QueryLog log = Queries.capture(() -> {
            assertThatThrownBy(() -> Book.objects.create(b -> {
                b.title = longTitle;
                b.isbn = "long";
            })).isInstanceOf(InvalidValueError.class)
                    .hasMessageContaining("Book.title").hasMessageContaining("max_length 40")
                    .hasMessageContaining(longTitle);
            assertThatThrownBy(() -> Book.objects.filter(BOOK.title.eq(longTitle)))
                    .isInstanceOf(InvalidValueError.class);
            assertThatThrownBy(() -> Book.objects.all().update(BOOK.title.to(longTitle)))
                    .isInstanceOf(InvalidValueError.class);
        });
        assertThat(log.count()).isZero();
        Fixtures.book("Kept", "k", 1, null, null, null);
        assertThatThrownBy(() -> db.atomic(() -> {
            Fixtures.book("Second", "s", 1, null, null, null);
            Fixtures.book(longTitle, "t", 1, null, null, null);
        })).isInstanceOf(InvalidValueError.class);
        assertThat(Book.objects.orderBy("id").valuesList(BOOK.title).list()).containsExactly("Kept");
    }

    @EachBackend
    void uniqueViolationIsSpecificAndLeavesNothingHalfWritten(Database db) {
        Fixtures.book("One", "same", 1, null, null, null);
        assertThatThrownBy(() -> db.atomic(() -> {
            Fixtures.book("Two", "other", 1, null, null, null);
            Fixtures.book("Three", "same", 1, null, null, null);
        })).isInstanceOf(UniqueViolation.class);
        assertThat(Book.objects.count()).isEqualTo(1);
    }

    @EachBackend
    void checkAndNotNullViolationsAreSpecific(Database db) {
        Fixtures.book("Kept", "k", 1, null, null, null);
        assertThatThrownBy(() -> db.atomic(() -> {
            Fixtures.book("Second", "s", 1, null, null, null);
            Fixtures.book("Negative", "n", -1, null, null, null);
        })).isInstanceOf(CheckViolation.class);
        assertThatThrownBy(() -> Book.objects.create(b -> b.isbn = "no-title")).isInstanceOf(NotNullViolation.class);
        assertThatThrownBy(() -> Book.objects.all().update(BOOK.pages.to(-5))).isInstanceOf(CheckViolation.class);
        assertThat(Book.objects.orderBy("id").valuesList(BOOK.title).list()).containsExactly("Kept");
        assertThat(Book.objects.get("isbn", "k").pages).isEqualTo(1);
    }

    @EachBackend
    void injectionAttemptsStayValues() {
        Fixtures.library();
        String[] attacks = {"' OR 1=1 --", "\"; DROP TABLE orm_book; --", "%' OR '1'='1", "\\'; --", "_%",
            "Dune' --", "`", "]]"};
        for (String attack : attacks) {
            assertThat(Book.objects.filter("title", attack).count()).isZero();
            assertThat(Book.objects.filter("title__icontains", attack).count()).isZero();
            assertThat(Book.objects.filter(BOOK.title.startsWith(attack)).count()).isZero();
            assertThat(Book.objects.filter(BOOK.title.iexact(attack)).count()).isZero();
        }
        Book evil = Fixtures.book("O'Reilly \"quoted\" \\ % _", "evil", 1, null, null, null);
        assertThat(Book.objects.get(BOOK.title.eq("O'Reilly \"quoted\" \\ % _")).id).isEqualTo(evil.id);
        assertThat(Book.objects.get("title__icontains", "'reilly \"q").id).isEqualTo(evil.id);
        assertThat(Book.objects.count()).isEqualTo(6);
        // Field names from string paths are checked against the metamodel, never spliced into SQL.
        assertThatThrownBy(() -> Book.objects.filter("title\" = title --", "x")).isInstanceOf(FieldError.class);
        assertThatThrownBy(() -> Book.objects.orderBy("id; DROP TABLE orm_book")).isInstanceOf(FieldError.class);
        QuerySet<Book> qs = Book.objects.filter("title__icontains", "' OR 1=1 --");
        assertThat(qs.statement().sql()).doesNotContain("OR 1=1");
    }
}

package dev.jango.db.bulk;

import static dev.jango.db.orm.BookMeta.BOOK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.UniqueViolation;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.Queries;
import dev.jango.db.connection.QueryLog;
import dev.jango.db.orm.Book;
import dev.jango.db.orm.EachBackend;
import dev.jango.db.orm.OrmTest;
import dev.jango.db.query.InvalidValueError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** bulkCreate on every backend: keys set, batches atomic, conflicts counted. */
@OrmTest(models = Book.class)
class BulkCreateTest {

    static List<Book> books(int n, String prefix) {
        List<Book> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Book b = new Book();
            b.title = prefix + i;
            b.isbn = prefix + "-" + i;
            b.pages = i;
            out.add(b);
        }
        return out;
    }

    /** One statement per batch: INSERT, or on PostgreSQL a binary COPY. */
    static boolean writesRows(dev.jango.db.connection.ExecutedQuery q) {
        return q.sql().startsWith("INSERT") || q.sql().startsWith("COPY");
    }

    @EachBackend
    void setsGeneratedKeysOnEveryObjectAcrossBatches(Database db) {
        List<Book> books = books(2_500, "t");
        QueryLog log = Queries.capture(() -> {
            BulkResult r = Book.objects.bulkCreate(books, 1_000);
            assertThat(r).isEqualTo(new BulkResult(2_500, 0, 0));
        });
        assertThat(log.statements()).filteredOn(BulkCreateTest::writesRows).hasSize(3);
        assertThat(books).allMatch(Book::isPersisted);
        assertThat(books.stream().map(b -> b.id).distinct().count()).isEqualTo(2_500);
        Map<Long, String> stored = Book.objects.all().list().stream()
                .collect(Collectors.toMap(b -> b.id, b -> b.title));
        for (Book b : books) {
            assertThat(stored.get(b.id)).isEqualTo(b.title);
        }
    }

    @EachBackend
    void everyFieldKindRoundTripsThroughBulkCreateAndBulkUpdate() {
        List<Book> books = books(3, "r");
        Book full = books.get(0);
        full.price = new java.math.BigDecimal("12.50");
        full.published = java.time.LocalDate.of(1965, 8, 1);
        full.createdAt = java.time.Instant.parse("2026-11-22T03:04:05.123456Z");
        full.rating = -3;
        full.notes = "multi\nline 'quoted' ünïcode";
        full.format = Book.Format.HARDCOVER;
        Book.objects.bulkCreate(books, 10);
        Book stored = Book.objects.get(BOOK.id.eq(full.id));
        assertThat(stored.price).isEqualByComparingTo("12.50");
        assertThat(stored.published).isEqualTo(full.published);
        assertThat(stored.createdAt).isEqualTo(full.createdAt);
        assertThat(stored.rating).isEqualTo(-3);
        assertThat(stored.notes).isEqualTo(full.notes);
        assertThat(stored.format).isEqualTo(Book.Format.HARDCOVER);
        assertThat(Book.objects.get(BOOK.id.eq(books.get(1).id)).price).isNull();
        books.forEach(b -> {
            b.format = Book.Format.PAPERBACK;
            b.price = new java.math.BigDecimal("0.05");
            b.createdAt = java.time.Instant.parse("2000-01-01T00:00:00Z");
            b.notes = null;
        });
        Book.objects.bulkUpdate(books, List.of(BOOK.format, BOOK.price, BOOK.createdAt, BOOK.notes), 2);
        assertThat(Book.objects.all().list()).hasSize(3).allSatisfy(b -> {
            assertThat(b.format).isEqualTo(Book.Format.PAPERBACK);
            assertThat(b.price).isEqualByComparingTo("0.05");
            assertThat(b.createdAt).isEqualTo(java.time.Instant.parse("2000-01-01T00:00:00Z"));
            assertThat(b.notes).isNull();
        });
    }

    @EachBackend
    void keepsExplicitKeys() {
        List<Book> books = books(3, "k");
        books.get(0).id = 100;
        books.get(1).id = 200;
        Book.objects.bulkCreate(books, 10);
        assertThat(books).extracting(b -> b.id).startsWith(100L, 200L);
        assertThat(books.get(2).id).isPositive();
        assertThat(Book.objects.get(BOOK.id.eq(200L)).title).isEqualTo("k1");
    }

    @EachBackend
    void aFailureInBatchSevenOfTenLeavesNothingWritten() {
        List<Book> books = books(100, "f");
        books.get(65).isbn = books.get(5).isbn;   // batch 7 (rows 60..69) repeats a key of batch 1
        QueryLog log = new QueryLog();
        assertThatThrownBy(() -> Queries.scope(log, () -> Book.objects.bulkCreate(books, 10)))
                .isInstanceOf(UniqueViolation.class);
        assertThat(log.statements()).filteredOn(BulkCreateTest::writesRows).hasSize(7);
        assertThat(Book.objects.count()).isZero();
        assertThat(books).noneMatch(Book::isPersisted).allMatch(b -> b.id == 0);
    }

    @EachBackend
    void ignoreCountsTheSkippedObjectsAndKeysOnlyTheInsertedOnes() {
        Book.objects.bulkCreate(books(3, "c"), 10);
        List<Book> again = books(5, "c");
        again.forEach(b -> b.title = "new " + b.title);
        BulkResult r = Book.objects.bulkCreate(again, 2, OnConflict.ignore());
        assertThat(r).isEqualTo(new BulkResult(2, 3, 0));
        assertThat(again.subList(0, 3)).noneMatch(Book::isPersisted);
        assertThat(again.subList(3, 5)).allMatch(b -> b.isPersisted() && b.id > 0);
        assertThat(Book.objects.count()).isEqualTo(5);
        assertThat(Book.objects.get(BOOK.isbn.eq("c-0")).title).isEqualTo("c0");
        assertThat(Book.objects.get(BOOK.id.eq(again.get(4).id)).title).isEqualTo("new c4");
    }

    @EachBackend
    void updateCountsInsertedAndUpdatedRowsAndKeysAllObjects() {
        List<Book> first = books(3, "u");
        Book.objects.bulkCreate(first, 10);
        List<Book> again = books(5, "u");
        again.forEach(b -> b.title = "v2 " + b.title);
        BulkResult r = Book.objects.bulkCreate(again, 10, OnConflict.update(BOOK.title).on(BOOK.isbn));
        assertThat(r).isEqualTo(new BulkResult(2, 0, 3));
        assertThat(again).allMatch(Book::isPersisted);
        for (int i = 0; i < 3; i++) {
            assertThat(again.get(i).id).isEqualTo(first.get(i).id);
        }
        assertThat(Book.objects.all().list()).hasSize(5).allMatch(b -> b.title.startsWith("v2 "));
    }

    @EachBackend
    void anUnchangedConflictingRowCountsAsUpdatedOnEveryBackend() {
        Book.objects.bulkCreate(books(2, "same"), 10);
        List<Book> again = books(3, "same");   // rows 0 and 1 identical to the stored ones
        BulkResult r = Book.objects.bulkCreate(again, 10, OnConflict.update(BOOK.title, BOOK.pages).on(BOOK.isbn));
        assertThat(r).isEqualTo(new BulkResult(1, 0, 2));
        assertThat(Book.objects.count()).isEqualTo(3);
    }

    @EachBackend
    void duplicatesWithinOneBatchAreIgnoredOnce() {
        List<Book> books = books(3, "d");
        books.get(2).isbn = books.get(0).isbn;
        BulkResult r = Book.objects.bulkCreate(books, 10, OnConflict.ignore());
        assertThat(r).isEqualTo(new BulkResult(2, 1, 0));
        assertThat(books.get(0).isPersisted()).isTrue();
        assertThat(books.get(2).isPersisted()).isFalse();
    }

    @EachBackend
    void badValuesFailBeforeAnySql() {
        List<Book> books = books(3, "b");
        books.get(2).title = "x".repeat(41);
        QueryLog log = new QueryLog();
        assertThatThrownBy(() -> Queries.scope(log, () -> Book.objects.bulkCreate(books)))
                .isInstanceOf(InvalidValueError.class).hasMessageContaining("Book.title");
        assertThat(log.count()).isZero();
        assertThatThrownBy(() -> Book.objects.bulkCreate(books(1, "z"), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Book.bulkCreate");
    }

    @EachBackend
    void parameterLimitLowersTheBatch(Database db) {
        int columns = BOOK.fields().size() - 1;
        int rows = ParameterLimits.rowsPerStatement(db.vendor(), columns, 1_000_000);
        assertThat(rows * columns).isLessThanOrEqualTo(ParameterLimits.of(db.vendor()));
        List<Book> books = books(rows + 5, "p");
        assertThat(Book.objects.bulkCreate(books, 1_000_000).inserted()).isEqualTo(rows + 5);
    }
}

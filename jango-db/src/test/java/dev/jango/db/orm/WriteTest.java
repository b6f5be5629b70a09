package dev.jango.db.orm;

import static dev.jango.db.orm.BookMeta.BOOK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.UniqueViolation;
import dev.jango.db.Db;
import dev.jango.db.connection.Database;
import dev.jango.db.model.Manager;
import dev.jango.db.query.DoesNotExist;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Instance writes through the Manager, on every backend. */
@OrmTest(models = Book.class)
class WriteTest {

    @EachBackend
    void createSetsTheAutoKeyAndMarksPersisted(Database db) {
        Book a = Book.objects.create(b -> {
            b.title = "A";
            b.isbn = "a";
        });
        Book b = Book.objects.create(BOOK.title.to("B"), BOOK.isbn.to("b"), BOOK.pages.to(7));
        assertThat(a.id).isPositive();
        assertThat(b.id).isGreaterThan(a.id);
        assertThat(a.isPersisted()).isTrue();
        assertThat(a.databaseAlias()).contains(db.alias());
        assertThat(Book.objects.get(BOOK.id.eq(b.id)).pages).isEqualTo(7);
    }

    @EachBackend
    void saveInsertsThenUpdates() {
        Book book = new Book();
        book.title = "Draft";
        book.isbn = "d-1";
        Book.objects.save(book);
        long id = book.id;
        book.title = "Final";
        book.price = new BigDecimal("3.25");
        Book.objects.save(book);
        assertThat(book.id).isEqualTo(id);
        assertThat(Book.objects.count()).isEqualTo(1);
        Book loaded = Book.objects.get(BOOK.id.eq(id));
        assertThat(loaded.title).isEqualTo("Final");
        assertThat(loaded.price).isEqualByComparingTo("3.25");
    }

    @EachBackend
    void saveWithUpdateFieldsWritesOnlyThose() {
        Book book = Fixtures.book("Title", "u-1", 100, "1.00", null, null);
        Book stale = Book.objects.get(BOOK.id.eq(book.id));
        book.pages = 200;
        Book.objects.save(book);
        stale.title = "Renamed";
        stale.pages = 1;
        Book.objects.save(stale, BOOK.title);
        Book loaded = Book.objects.get(BOOK.id.eq(book.id));
        assertThat(loaded.title).isEqualTo("Renamed");
        assertThat(loaded.pages).isEqualTo(200);
        Book.objects.delete(loaded);
        stale.title = "Gone";
        assertThatThrownBy(() -> Book.objects.save(stale, BOOK.title)).isInstanceOf(DoesNotExist.class)
                .hasMessageContaining("Book");
        assertThatThrownBy(() -> Book.objects.save(new Book(), BOOK.title))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Book");
    }

    @EachBackend
    void deleteForgetsTheRow() {
        Book book = Fixtures.book("Temp", "t-1", 1, null, null, null);
        assertThat(Book.objects.delete(book).total()).isEqualTo(1);
        assertThat(book.isPersisted()).isFalse();
        assertThat(Book.objects.exists()).isFalse();
    }

    @EachBackend
    void getOrCreateAndUpdateOrCreate() {
        Manager.Created<Book> first = Book.objects.getOrCreate(BOOK.isbn.eq("g-1"), b -> {
            b.title = "Made";
            b.pages = 5;
        });
        assertThat(first.created()).isTrue();
        assertThat(first.object().isbn).isEqualTo("g-1");
        assertThat(first.object().title).isEqualTo("Made");
        Manager.Created<Book> second = Book.objects.getOrCreate(BOOK.isbn.eq("g-1"), b -> b.title = "Other");
        assertThat(second.created()).isFalse();
        assertThat(second.object().id).isEqualTo(first.object().id);
        assertThat(second.object().title).isEqualTo("Made");

        Manager.Created<Book> updated = Book.objects.updateOrCreate(BOOK.isbn.eq("g-1"), b -> b.pages = 99);
        assertThat(updated.created()).isFalse();
        assertThat(Book.objects.get(BOOK.isbn.eq("g-1")).pages).isEqualTo(99);
        Manager.Created<Book> created = Book.objects.updateOrCreate(BOOK.isbn.eq("g-2"), b -> {
            b.title = "New";
            b.pages = 1;
        });
        assertThat(created.created()).isTrue();
        assertThat(Book.objects.count()).isEqualTo(2);
    }

    @EachBackend
    void stringPathVariantsAndUsingAlias(Database db) {
        Manager.Created<Book> made = Book.objects.getOrCreate(Map.of("isbn", "m-1", "pages", "12"),
                b -> b.title = "From map");
        assertThat(made.created()).isTrue();
        assertThat(made.object().pages).isEqualTo(12);
        assertThat(Book.objects.updateOrCreate(Map.of("isbn", "m-1"), b -> b.pages = 13).created()).isFalse();
        assertThat(Book.objects.using(db.alias()).get("isbn", "m-1").pages).isEqualTo(13);
        assertThat(Book.objects.all().using(db.alias()).count()).isEqualTo(1);
        assertThatThrownBy(() -> Book.objects.using("nowhere").count()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nowhere");
    }

    @EachBackend
    void regexWorksInsideAndOutsideAtomicBlocks(Database db) {
        Fixtures.library();
        assertThat(Book.objects.filter(BOOK.title.regex("^Hyp")).count()).isEqualTo(1);
        db.atomic(() -> {
            Fixtures.book("Hypnos", "h-1", 1, null, null, null);
            assertThat(Book.objects.filter(BOOK.title.iregex("^hyp")).count()).isEqualTo(2);
            assertThat(Book.objects.filter(BOOK.title.regex("nos$")).update(BOOK.pages.to(2))).isEqualTo(1);
        });
        assertThat(Book.objects.get("title__regex", "^Hypn").pages).isEqualTo(2);
    }

    @EachBackend
    void concurrentGetOrCreateMakesOneRow(Database db) throws Exception {
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Manager.Created<Book>>> calls = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int n = i;
            calls.add(() -> Db.using(db, () -> {
                start.await();
                return Book.objects.getOrCreate(BOOK.isbn.eq("race"), b -> b.title = "by " + n);
            }));
        }
        List<Manager.Created<Book>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Manager.Created<Book>>> futures = new ArrayList<>();
            for (Callable<Manager.Created<Book>> c : calls) {
                futures.add(pool.submit(c));
            }
            start.countDown();
            for (Future<Manager.Created<Book>> f : futures) {
                results.add(f.get());
            }
        }
        assertThat(Book.objects.filter(BOOK.isbn.eq("race")).count()).isEqualTo(1);
        assertThat(results).filteredOn(Manager.Created::created).hasSize(1);
        assertThat(results).extracting(r -> r.object().id).containsOnly(results.getFirst().object().id);
    }

    @EachBackend
    void uniqueViolationLeavesTheAtomicBlockUsable(Database db) {
        Fixtures.book("One", "dup", 1, null, null, null);
        db.atomic(() -> {
            Fixtures.book("Two", "ok", 1, null, null, null);
            assertThatThrownBy(() -> db.atomic(() -> Fixtures.book("Three", "dup", 1, null, null, null)))
                    .isInstanceOf(UniqueViolation.class);
            Fixtures.book("Four", "ok-2", 1, null, null, null);
        });
        assertThat(Book.objects.orderBy("id").valuesList(BOOK.title).list()).containsExactly("One", "Two", "Four");
    }
}

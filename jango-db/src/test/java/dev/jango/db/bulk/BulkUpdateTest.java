package dev.jango.db.bulk;

import static dev.jango.db.orm.BookMeta.BOOK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.expr.F;
import dev.jango.db.orm.Book;
import dev.jango.db.orm.EachBackend;
import dev.jango.db.orm.OrmTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** bulkUpdate and updateInBatches on every backend. */
@OrmTest(models = Book.class)
class BulkUpdateTest {

    @EachBackend
    void writesTheNamedFieldsOfEveryObject() {
        List<Book> books = BulkCreateTest.books(1_500, "w");
        Book.objects.bulkCreate(books, 1_000);
        books.forEach(b -> {
            b.pages = (int) (b.id % 97);
            b.title = "t" + b.id;
            b.notes = "not written";
        });
        assertThat(Book.objects.bulkUpdate(books, List.of(BOOK.pages, BOOK.title), 400)).isEqualTo(1_500);
        Map<Long, Book> stored = Book.objects.all().list().stream().collect(Collectors.toMap(b -> b.id, b -> b));
        for (Book b : books) {
            assertThat(stored.get(b.id).pages).isEqualTo(b.pages);
            assertThat(stored.get(b.id).title).isEqualTo(b.title);
            assertThat(stored.get(b.id).notes).isNull();
        }
    }

    @EachBackend
    void acceptsExpressions() {
        List<Book> books = BulkCreateTest.books(30, "e");
        Book.objects.bulkCreate(books, 100);
        long n = Book.objects.bulkUpdate(books, 7,
                b -> List.of(BOOK.pages.to(F.of(BOOK.pages).plus(b.pages * 10))));
        assertThat(n).isEqualTo(30);
        for (Book b : Book.objects.all().list()) {
            int original = Integer.parseInt(b.title.substring(1));
            assertThat(b.pages).isEqualTo(original * 11);
        }
    }

    @EachBackend
    void refusesUnsavedObjectsAndMixedFields() {
        List<Book> books = BulkCreateTest.books(2, "r");
        assertThatThrownBy(() -> Book.objects.bulkUpdate(books, List.of(BOOK.pages), 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Book.bulkUpdate");
        Book.objects.bulkCreate(books, 10);
        assertThatThrownBy(() -> Book.objects.bulkUpdate(books, 10,
                b -> b.pages == 0 ? List.of(BOOK.pages.to(1)) : List.of(BOOK.title.to("x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same fields");
    }

    @EachBackend
    void updateInBatchesWalksKeyRangesAndReportsProgress() {
        Book.objects.bulkCreate(BulkCreateTest.books(250, "g"), 1_000);
        List<BatchProgress> seen = new ArrayList<>();
        long n = Book.objects.filter(BOOK.pages.gte(10)).updateInBatches(100, seen::add, BOOK.rating.to(5));
        assertThat(n).isEqualTo(240);
        assertThat(seen).extracting(BatchProgress::rowsUpdated).containsExactly(100L, 200L, 240L);
        assertThat(seen).allMatch(p -> p.rowsMatched() == 240);
        assertThat(Book.objects.filter(BOOK.rating.eq(5)).count()).isEqualTo(240);
        assertThat(Book.objects.filter(BOOK.rating.isNull(true)).count()).isEqualTo(10);
    }
}

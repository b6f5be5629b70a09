package dev.jango.db.signals;

import static dev.jango.db.orm.BookMeta.BOOK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.bulk.OnConflict;
import dev.jango.db.model.Entity;
import dev.jango.db.orm.Book;
import dev.jango.db.orm.EachBackend;
import dev.jango.db.orm.OrmTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Every write path passes the one door exactly once, inside its transaction. */
@OrmTest(models = Book.class)
class WriteHookTest {
    private final List<Write<?>> writes = new ArrayList<>();

    private <T> List<Operation> run(Callable<T> body) throws Exception {
        writes.clear();
        Signals.using(Signals.builder().hook(Book.class, writes::add).build(), body);
        return writes.stream().map(Write::operation).toList();
    }

    private static Book book(String isbn) {
        Book b = new Book();
        b.title = "T " + isbn;
        b.isbn = isbn;
        return b;
    }

    @EachBackend
    void eachWritePathCallsTheHookOnceWithItsOperation() throws Exception {
        assertThat(run(() -> Book.objects.create(BOOK.title.to("A"), BOOK.isbn.to("a"))))
                .containsExactly(Operation.INSERT);
        Book a = Book.objects.get(BOOK.isbn.eq("a"));
        assertThat(writes.getFirst().objects()).hasSize(1);
        assertThat(run(() -> Book.objects.save(a))).containsExactly(Operation.UPDATE);
        assertThat(run(() -> Book.objects.save(a, BOOK.pages))).containsExactly(Operation.UPDATE);
        assertThat(run(() -> Book.objects.save(book("s")))).containsExactly(Operation.INSERT);
        assertThat(run(() -> Book.objects.getOrCreate(BOOK.isbn.eq("g"), b -> b.title = "G")))
                .containsExactly(Operation.INSERT);
        assertThat(run(() -> Book.objects.getOrCreate(BOOK.isbn.eq("g")))).isEmpty();
        assertThat(run(() -> Book.objects.updateOrCreate(BOOK.isbn.eq("g"), b -> b.pages = 3)))
                .containsExactly(Operation.UPDATE);
        assertThat(run(() -> Book.objects.updateOrCreate(BOOK.isbn.eq("h"), b -> b.title = "H")))
                .containsExactly(Operation.INSERT);
        assertThat(run(() -> Book.objects.delete(a))).containsExactly(Operation.DELETE);
        List<Book> many = List.of(book("m1"), book("m2"), book("m3"));
        assertThat(run(() -> Book.objects.bulkCreate(many, 2))).containsExactly(Operation.BULK_CREATE);
        assertThat(writes.getFirst().rows()).isEqualTo(3);
        assertThat(run(() -> Book.objects.bulkCreate(List.of(book("m1")), 2, OnConflict.ignore())))
                .containsExactly(Operation.BULK_CREATE);
        assertThat(run(() -> Book.objects.bulkUpdate(many, List.of(BOOK.title), 2)))
                .containsExactly(Operation.BULK_UPDATE);
        assertThat(run(() -> Book.objects.filter(BOOK.isbn.startsWith("m")).update(BOOK.pages.to(9))))
                .containsExactly(Operation.QUERY_UPDATE);
        assertThat(writes.getFirst().rows()).isEqualTo(3);
        assertThat(writes.getFirst().query()).isNotNull();
        assertThat(run(() -> Book.objects.filter(BOOK.isbn.startsWith("m")).delete()))
                .containsExactly(Operation.QUERY_DELETE);
        assertThat(writes.getFirst().rows()).isEqualTo(3);
    }

    @EachBackend
    void anExceptionInAHookRollsTheWriteBack() throws Exception {
        Signals failing = Signals.builder().hook(Book.class, w -> {
            throw new IllegalStateException("audit store down: " + w.operation());
        }).build();
        Book kept = Book.objects.create(BOOK.title.to("K"), BOOK.isbn.to("k"));
        List<Callable<Object>> writesThatFail = List.of(
                () -> Book.objects.create(BOOK.title.to("X"), BOOK.isbn.to("x")),
                () -> Book.objects.bulkCreate(List.of(book("y1"), book("y2")), 1),
                () -> Book.objects.all().update(BOOK.pages.to(77)),
                () -> Book.objects.all().delete(),
                () -> Book.objects.delete(kept),
                () -> {
                    kept.pages = 55;
                    return Book.objects.save(kept);
                });
        for (Callable<Object> write : writesThatFail) {
            assertThatThrownBy(() -> Signals.using(failing, write))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("audit store down");
        }
        assertThat(kept.isPersisted()).isTrue();
        assertThat(Book.objects.all().list()).singleElement()
                .satisfies(b -> assertThat(b.pages).isZero())
                .satisfies(b -> assertThat(b.isbn).isEqualTo("k"));
    }

    @EachBackend
    void aHookForEveryModelSeesBookWrites() throws Exception {
        List<Operation> seen = new ArrayList<>();
        Signals.using(Signals.builder().hook((Write<Object> w) -> seen.add(w.operation())).build(),
                () -> Book.objects.create(BOOK.title.to("E"), BOOK.isbn.to("e")));
        assertThat(seen).containsExactly(Operation.INSERT);
        assertThat(Signals.current()).isSameAs(Signals.NONE);
        assertThat(Signals.builder().hook(Entity.class, w -> { }).build().of(Book.class).hooks()).hasSize(1);
    }
}

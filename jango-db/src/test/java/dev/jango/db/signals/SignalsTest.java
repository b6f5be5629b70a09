package dev.jango.db.signals;

import static dev.jango.db.orm.BookMeta.BOOK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.orm.Book;
import dev.jango.db.orm.EachBackend;
import dev.jango.db.orm.OrmTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Row and bulk signals, and the installed / scoped registry. */
@OrmTest(models = Book.class)
class SignalsTest {

    @EachBackend
    void rowSignalsFireAroundEachWriteInOrder() throws Exception {
        List<String> events = new ArrayList<>();
        Signals signals = Signals.builder()
                .preSave(Book.class, (m, b, created) -> events.add("pre " + b.isbn + " " + created + " " + b.id))
                .postSave(Book.class, (m, b, created) -> events.add("post " + b.isbn + " " + created + " "
                        + (b.id > 0)))
                .preDelete(Book.class, (m, b) -> events.add("preDelete " + m.name() + " " + b.isbn))
                .postDelete(Book.class, (m, b) -> events.add("postDelete " + b.isbn + " " + b.isPersisted()))
                .build();
        Signals.using(signals, () -> {
            Book b = Book.objects.create(BOOK.title.to("A"), BOOK.isbn.to("a"));
            b.pages = 2;
            Book.objects.save(b);
            return Book.objects.delete(b);
        });
        assertThat(events).containsExactly("pre a true 0", "post a true true", "pre a false " + firstId(events),
                "post a false true", "preDelete Book a", "postDelete a false");
    }

    private static String firstId(List<String> events) {
        return events.get(2).substring("pre a false ".length());
    }

    @EachBackend
    void bulkSignalsCarryTheObjectsOrTheQueryAndTheCount() throws Exception {
        List<String> events = new ArrayList<>();
        Signals signals = Signals.builder()
                .bulkCreated(Book.class, w -> events.add("created " + w.objects().size() + " " + w.rows()))
                .bulkUpdated(Book.class, w -> events.add("updated " + w.operation() + " " + w.rows()))
                .bulkDeleted(Book.class, w -> events.add("deleted " + (w.query() != null) + " " + w.rows()))
                .preSave(Book.class, (m, b, c) -> events.add("row signal on a bulk write"))
                .build();
        Signals.using(signals, () -> {
            List<Book> books = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Book b = new Book();
                b.title = "B" + i;
                b.isbn = "b" + i;
                books.add(b);
            }
            Book.objects.bulkCreate(books, 3);
            Book.objects.bulkUpdate(books, List.of(BOOK.title), 3);
            Book.objects.filter(BOOK.isbn.in("b0", "b1")).update(BOOK.pages.to(1));
            return Book.objects.all().delete();
        });
        assertThat(events).containsExactly("created 4 4", "updated BULK_UPDATE 4", "updated QUERY_UPDATE 2",
                "deleted true 4");
    }

    @Test
    void installIsOnceAndUsingOverridesForTheCallOnly() throws Exception {
        Signals.install(Signals.NONE);
        Signals.install(Signals.NONE);
        Signals other = Signals.builder().postSave(Book.class, (m, b, c) -> { }).build();
        assertThatThrownBy(() -> Signals.install(other)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Signals.using");
        assertThat(Signals.using(other, Signals::current)).isSameAs(other);
        assertThat(Signals.current()).isSameAs(Signals.NONE);
        assertThat(other.of(Book.class).postSave()).hasSize(1);
        assertThat(other.of(String.class).isEmpty()).isTrue();
    }
}

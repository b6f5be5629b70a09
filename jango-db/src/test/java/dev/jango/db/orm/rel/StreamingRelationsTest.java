package dev.jango.db.orm.rel;

import static dev.jango.db.orm.rel.AuthorMeta.AUTHOR;
import static dev.jango.db.orm.rel.BookMeta.BOOK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.connection.Cursor;
import dev.jango.db.connection.Queries;
import dev.jango.db.connection.QueryLog;
import dev.jango.db.expr.Count;
import dev.jango.db.orm.EachBackend;
import dev.jango.db.orm.OrmTest;
import dev.jango.db.query.Annotated;
import dev.jango.db.query.QueryException;
import java.util.ArrayList;
import java.util.List;

/**
 * iterator(chunkSize) with selectRelated (joined rows) and prefetchRelated (once per chunk); values() refusing
 * relation loading; annotated() following it.
 */
@OrmTest(models = {Publisher.class, Author.class, Category.class, Tag.class, Book.class, BookTag.class,
        Contract.class})
class StreamingRelationsTest {

    private static String line(Book b) {
        Author a = b.author.get();
        String publisher = a.publisher == null ? "-" : a.publisher.get().name;
        return b.title + "|" + a.name + "|" + publisher + "|"
                + b.tags.all().stream().map(t -> t.name).sorted().toList();
    }

    @EachBackend
    void streamingJoinsSelectRelatedAndPrefetchesOncePerChunk() {
        Library.seed();
        List<String> lines = new ArrayList<>();
        QueryLog log = Queries.capture(() -> {
            try (Cursor<Book> books = Book.objects.all().orderBy(BOOK.id.asc())
                    .selectRelated(BOOK.author.then(AUTHOR.publisher)).prefetchRelated(BOOK.tags).iterator(25)) {
                books.forEachRemaining(b -> lines.add(line(b)));
                assertThat(books.isClosed()).isTrue();
            }
        });
        assertThat(lines).hasSize(60);
        assertThat(lines.get(0)).isEqualTo("B0|A0|-|[T0, T1]");
        assertThat(lines.get(59)).isEqualTo("B59|A9|P0|[T0, T4]");
        // the stream, then the tags of rows 1-25, 26-50 and 51-60
        assertThat(log.count()).isEqualTo(1 + 3);
        assertThat(log.statements().getFirst().sql()).contains("INNER JOIN").contains("LEFT JOIN");
    }

    @EachBackend
    void streamingWithSelectRelatedOnlyIsOneStatement() {
        Library.seed();
        QueryLog log = Queries.capture(() -> {
            try (Cursor<Book> books = Book.objects.all().selectRelated(BOOK.author).iterator(7)) {
                assertThat(books.stream().map(b -> b.author.get().name).distinct().count()).isEqualTo(10);
            }
        });
        assertThat(log.count()).isEqualTo(1);
    }

    @EachBackend
    void closingAChunkedCursorEarlyStopsIt() {
        Library.seed();
        Cursor<Book> books = Book.objects.all().orderBy(BOOK.id.asc()).prefetchRelated(BOOK.tags).iterator(10);
        assertThat(books.next().title).isEqualTo("B0");
        books.close();
        assertThat(books.hasNext()).isFalse();
        assertThat(books.isClosed()).isTrue();
    }

    @EachBackend
    void valuesRefuseRelationLoadingNamingTheCall() {
        Library.seed();
        assertThatThrownBy(() -> Book.objects.all().selectRelated(BOOK.author).values(BOOK.title))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("Book: values(...) returns plain rows")
                .hasMessageContaining(".selectRelated(BOOK.author)")
                .hasMessageContaining("list(), iterator(n) or annotated()");
        assertThatThrownBy(() -> Book.objects.all().prefetchRelated(BOOK.tags).valuesList(BOOK.title))
                .isInstanceOf(QueryException.class).hasMessageContaining("valuesList(...)")
                .hasMessageContaining(".prefetchRelated(BOOK.tags)");
        assertThatThrownBy(() -> Book.objects.all().prefetchRelated("tags").values("title"))
                .hasMessageContaining("values(...)");
        assertThat(Book.objects.all().selectRelated(BOOK.author).count()).isEqualTo(60);
    }

    @EachBackend
    void annotatedResultsFollowSelectRelatedAndPrefetchRelated() {
        Library.seed();
        QueryLog log = Queries.capture(() -> {
            List<Annotated<Book>> rows = Book.objects.all().orderBy(BOOK.id.asc())
                    .annotate("rows", Count.all()).selectRelated(BOOK.author.then(AUTHOR.publisher))
                    .prefetchRelated(BOOK.tags).limit(12).annotated();
            assertThat(rows).hasSize(12);
            assertThat(line(rows.get(11).instance())).isEqualTo("B11|A1|P1|[T1, T2]");
            assertThat(rows).allSatisfy(a -> assertThat(a.get("rows", Long.class)).isEqualTo(1L));
        });
        assertThat(log.count()).isEqualTo(2);
    }
}

package dev.jango.db.orm.rel;

import static dev.jango.db.orm.rel.AuthorMeta.AUTHOR;
import static dev.jango.db.orm.rel.BookMeta.BOOK;
import static dev.jango.db.orm.rel.TagMeta.TAG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.connection.Queries;
import dev.jango.db.connection.QueryLog;
import dev.jango.db.model.RelationNotLoaded;
import dev.jango.db.orm.EachBackend;
import dev.jango.db.orm.OrmTest;
import dev.jango.db.query.Prefetch;
import dev.jango.db.query.QuerySet;
import dev.jango.db.query.RelationError;
import java.util.ArrayList;
import java.util.List;

/** selectRelated and prefetchRelated on all three backends: query counts, filled objects, bad input. */
// Every test class of this package lists the same tables: they share one schema per server, and a table left
// over from another class would block the drops.
@OrmTest(models = {Publisher.class, Author.class, Category.class, Tag.class, Book.class, BookTag.class,
        Contract.class})
class RelationLoadingTest {

    /** The page of the issue: every book's title, author, author's publisher and tags. */
    private static List<String> render(List<Book> page) {
        List<String> lines = new ArrayList<>();
        for (Book b : page) {
            Author a = b.author.get();
            String publisher = a.publisher == null ? "-" : a.publisher.get().name;
            List<String> tags = b.tags.all().stream().map(t -> t.name).sorted().toList();
            lines.add(b.title + "|" + a.name + "|" + publisher + "|" + tags);
        }
        return lines;
    }

    @EachBackend
    void fiftyBookPageTouchingAuthorPublisherAndTagsTakesTwoQueries() {
        Library.seed();
        QueryLog log = Queries.capture(() -> {
            List<Book> page = Book.objects.all().orderBy(BOOK.id.asc())
                    .selectRelated(BOOK.author.then(AUTHOR.publisher)).prefetchRelated(BOOK.tags)
                    .limit(50).list();
            List<String> lines = render(page);
            assertThat(lines).hasSize(50);
            assertThat(lines.get(0)).isEqualTo("B0|A0|-|[T0, T1]");
            assertThat(lines.get(1)).isEqualTo("B1|A1|P1|[T1, T2]");
            assertThat(lines.get(49)).isEqualTo("B49|A9|P0|[T0, T4]");
        });
        assertThat(log.count()).isEqualTo(2);
        assertThat(log.statements().getFirst().sql()).contains("INNER JOIN").contains("LEFT JOIN");
    }

    @EachBackend
    void theSamePageWithoutLoadingFailsNamingTheFix() {
        Library.seed();
        List<Book> page = Book.objects.all().orderBy(BOOK.id.asc()).limit(50).list();
        assertThatThrownBy(() -> render(page)).isInstanceOf(RelationNotLoaded.class)
                .hasMessageContaining("Book.author").hasMessageContaining(".selectRelated(BOOK.author)");
        List<Book> joined = Book.objects.all().orderBy(BOOK.id.asc()).selectRelated(BOOK.author).limit(50).list();
        // Book 1's author has a publisher (book 0's has none, so reading it needs nothing loaded)
        assertThatThrownBy(() -> render(joined.subList(1, 2))).isInstanceOf(RelationNotLoaded.class)
                .hasMessageContaining("Author.publisher").hasMessageContaining(".selectRelated(AUTHOR.publisher)");
        List<Book> noTags = Book.objects.all().orderBy(BOOK.id.asc())
                .selectRelated(BOOK.author.then(AUTHOR.publisher)).limit(50).list();
        assertThatThrownBy(() -> render(noTags)).isInstanceOf(RelationNotLoaded.class)
                .hasMessageContaining(".prefetchRelated(BOOK.tags)");
    }

    @EachBackend
    void stringPathsJoinLikeTypedOnes() {
        Library.seed();
        Book b = Book.objects.filter(BOOK.title.eq("B3")).selectRelated("author__publisher").get();
        assertThat(b.author.get().name).isEqualTo("A3");
        assertThat(b.author.get().publisher.get().name).isEqualTo("P0");
        assertThat(b.author.get().isPersisted()).isTrue();
    }

    @EachBackend
    void reverseForeignKeyPrefetchWithCustomQuerySetAndTargetAttribute() {
        Library.seed();
        QueryLog log = Queries.capture(() -> {
            List<Author> authors = Author.objects.all().orderBy(AUTHOR.id.asc()).prefetchRelated(
                    AUTHOR.books,
                    Prefetch.of(AUTHOR.books, Book.objects.filter(BOOK.pages.gte(150)).orderBy(BOOK.pages.desc()))
                            .into("longBooks")).list();
            Author a3 = authors.get(3);
            assertThat(AUTHOR.books.all(a3)).extracting(x -> x.title).containsExactlyInAnyOrder(
                    "B3", "B13", "B23", "B33", "B43", "B53");
            assertThat(a3.prefetched("longBooks")).extracting(x -> ((Book) x).title)
                    .containsExactly("B53");
            // the children point back at the loaded owner
            assertThat(AUTHOR.books.all(a3).getFirst().author.get()).isSameAs(a3);
        });
        assertThat(log.count()).isEqualTo(3);
    }

    @EachBackend
    void nestedPrefetchRunsAfterTheSlice() {
        Library.seed();
        QueryLog log = Queries.capture(() -> {
            List<Book> books = Book.objects.all().orderBy(BOOK.id.asc()).prefetchRelated("tags__category")
                    .offset(10).limit(5).list();
            assertThat(books).extracting(b -> b.title).containsExactly("B10", "B11", "B12", "B13", "B14");
            Book b13 = books.get(3);
            assertThat(b13.tags.all()).extracting(t -> t.name + ":" + (t.category == null ? "-"
                    : t.category.get().name)).containsExactlyInAnyOrder("T3:science", "T4:-");
        });
        assertThat(log.count()).isEqualTo(3);
        assertThat(log.statements().get(1).params()).hasSize(5);
    }

    @EachBackend
    void ownersWithoutRelatedRowsGetEmptyLists() {
        Author lonely = Author.objects.create(a -> a.name = "lonely");
        Author loaded = Author.objects.all().prefetchRelated(AUTHOR.books).get(AUTHOR.id.eq(lonely.id));
        assertThat(AUTHOR.books.all(loaded)).isEmpty();
        assertThat(Author.objects.all().selectRelated(AUTHOR.publisher).get().publisher).isNull();
    }

    @EachBackend
    void badInputFailsBeforeAnySql() {
        QuerySet<Book> books = Book.objects.all();
        QueryLog log = Queries.capture(() -> {
            assertThatThrownBy(() -> books.selectRelated(BOOK.tags)).isInstanceOf(RelationError.class)
                    .hasMessage("Book.tags is a to-many relation: selectRelated joins only to-one relations"
                            + " (foreign keys, one-to-one); use .prefetchRelated(BOOK.tags)");
            assertThatThrownBy(() -> books.selectRelated("author__books")).isInstanceOf(RelationError.class)
                    .hasMessageContaining("Author.books is a to-many relation");
            assertThatThrownBy(() -> books.prefetchRelated(BOOK.author)).isInstanceOf(RelationError.class)
                    .hasMessageContaining("Book.author is a to-one relation")
                    .hasMessageContaining(".selectRelated(BOOK.author)");
            assertThatThrownBy(() -> books.prefetchRelated("title")).isInstanceOf(RelationError.class)
                    .hasMessageContaining("Book has no relation 'title'");
            assertThatThrownBy(() -> books.prefetchRelated(Prefetch.of("tags", Author.objects.all())))
                    .isInstanceOf(RelationError.class)
                    .hasMessage("Prefetch(tags): the QuerySet is of Author, but Book.tags loads Tag");
        });
        assertThat(log.count()).isZero();
    }

    @EachBackend
    void tagPrefetchFromTheOtherSide() {
        Library.seed();
        List<dev.jango.db.orm.rel.Tag> tags = Tag.objects.all().orderBy(TAG.id.asc())
                .prefetchRelated(TAG.bookLinks).selectRelated(TAG.category).list();
        assertThat(tags.get(0).category.get().name).isEqualTo("fiction");
        assertThat(TAG.bookLinks.all(tags.get(0))).hasSize(24);
    }
}

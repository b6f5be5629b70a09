package dev.jango.db.orm.rel;

import static dev.jango.db.orm.rel.AuthorMeta.AUTHOR;
import static dev.jango.db.orm.rel.BookMeta.BOOK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.connection.Queries;
import dev.jango.db.connection.QueryLog;
import dev.jango.db.connection.RepeatedQuery;
import dev.jango.db.model.Loading;
import dev.jango.db.model.Ref;
import dev.jango.db.model.RelationNotLoaded;
import dev.jango.db.orm.EachBackend;
import dev.jango.db.orm.OrmTest;
import java.util.ArrayList;
import java.util.List;

/**
 * Loading.lenient: Ref.get(), RelatedSet.all() and reverse accessors load instead of throwing, once per value, and
 * the N+1 detector still sees the loop.
 */
@OrmTest(models = {Publisher.class, Author.class, Category.class, Tag.class, Book.class, BookTag.class,
        Contract.class})
class LenientLoadingTest {

    private static List<Book> sixBooksByThreeAuthors() {
        List<Author> authors = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            authors.add(Author.objects.create(a -> a.name = "A" + n));
        }
        for (int i = 0; i < 6; i++) {
            int n = i;
            Book.objects.create(b -> {
                b.title = "B" + n;
                b.pages = 100 + n;
                b.author = Ref.to(authors.get(n % 3));
            });
        }
        return Book.objects.all().orderBy(BOOK.id.asc()).list();
    }

    @EachBackend
    void lenientGetLoadsTheRelatedRowByIdOnceAndTheDetectorReportsTheLoop() {
        List<Book> books = sixBooksByThreeAuthors();
        QueryLog log = Queries.capture(() -> {
            List<String> names = Loading.lenient(() -> books.stream().map(b -> b.author.get().name).toList());
            assertThat(names).containsExactly("A0", "A1", "A2", "A0", "A1", "A2");
        });
        assertThat(log.count()).isEqualTo(6);
        List<RepeatedQuery> repeated = log.repeatedShapes(5);
        assertThat(repeated).hasSize(1);
        assertThat(repeated.getFirst().count()).isEqualTo(6);
        assertThat(repeated.getFirst().sql()).contains("rel_author");
        assertThat(repeated.getFirst().callSite()).startsWith("LenientLoadingTest.");
        // the stack is walked only from a statement's first repetition on
        assertThat(log.statements().getFirst().callSite()).isEmpty();
        assertThat(log.statements().get(1).callSite()).startsWith("LenientLoadingTest.");

        // cached in the Ref: a second read, even outside the lenient scope, runs nothing
        QueryLog again = Queries.capture(() -> {
            assertThat(books.getFirst().author.get().name).isEqualTo("A0");
        });
        assertThat(again.count()).isZero();
        assertThat(books.getFirst().author.isLoaded()).isFalse();
    }

    @EachBackend
    void outsideTheScopeLoadingStaysStrict() {
        List<Book> books = sixBooksByThreeAuthors();
        assertThatThrownBy(() -> books.getFirst().author.get()).isInstanceOf(RelationNotLoaded.class)
                .hasMessageContaining(".selectRelated(BOOK.author)");
        assertThat(Loading.isLenient()).isFalse();
        Loading.lenient(() -> {
            assertThat(Loading.isLenient()).isTrue();
        });
    }

    @EachBackend
    void aRefWithoutItsRelationStillThrowsWhenLenient() {
        Ref<Author> bare = Ref.id(42L);
        assertThatThrownBy(() -> Loading.lenient(() -> bare.get())).isInstanceOf(RelationNotLoaded.class)
                .hasMessageContaining("42");
    }

    /** Books B0..B5; book n is tagged T(n % 3) and T((n + 1) % 3). */
    private static List<Book> taggedBooks() {
        List<Book> books = sixBooksByThreeAuthors();
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            tags.add(Tag.objects.create(t -> t.name = "T" + n));
        }
        for (int i = 0; i < books.size(); i++) {
            for (Tag t : List.of(tags.get(i % 3), tags.get((i + 1) % 3))) {
                Book b = books.get(i);
                BookTag.objects.create(l -> {
                    l.book = Ref.to(b);
                    l.tag = Ref.to(t);
                });
            }
        }
        return Book.objects.all().orderBy(BOOK.id.asc()).list();
    }

    @EachBackend
    void lenientManyToManyLoadsEachBooksTagsOnceAndTheDetectorReportsTheLoop() {
        List<Book> books = taggedBooks();
        QueryLog log = Queries.capture(() -> {
            List<String> tags = Loading.lenient(() -> books.stream()
                    .map(b -> b.tags.all().stream().map(t -> t.name).sorted().toList().toString()).toList());
            assertThat(tags).containsExactly("[T0, T1]", "[T1, T2]", "[T0, T2]", "[T0, T1]", "[T1, T2]", "[T0, T2]");
        });
        assertThat(log.count()).isEqualTo(6);
        List<RepeatedQuery> repeated = log.repeatedShapes(5);
        assertThat(repeated).hasSize(1);
        assertThat(repeated.getFirst().count()).isEqualTo(6);
        assertThat(repeated.getFirst().sql()).contains("rel_tag").contains("rel_book_tag");
        assertThat(repeated.getFirst().callSite()).startsWith("LenientLoadingTest.");

        QueryLog again = Queries.capture(() -> {
            assertThat(books.getFirst().tags.all()).hasSize(2);
        });
        assertThat(again.count()).as("memoised in the set").isZero();
        assertThat(books.getFirst().tags.isLoaded()).isFalse();
        Book fresh = Book.objects.get(BOOK.id.eq(books.get(1).id));
        assertThatThrownBy(() -> fresh.tags.all()).isInstanceOf(RelationNotLoaded.class)
                .hasMessageContaining(".prefetchRelated(BOOK.tags)");
    }

    @EachBackend
    void lenientReverseForeignKeyLoadsEachAuthorsBooksOnce() {
        sixBooksByThreeAuthors();
        List<Author> authors = Author.objects.all().orderBy(AUTHOR.id.asc()).list();
        assertThatThrownBy(() -> AUTHOR.books.all(authors.getFirst())).isInstanceOf(RelationNotLoaded.class)
                .hasMessageContaining(".prefetchRelated(AUTHOR.books)");
        QueryLog log = Queries.capture(() -> {
            List<Integer> counts = Loading.lenient(() -> authors.stream().map(a -> AUTHOR.books.all(a).size())
                    .toList());
            assertThat(counts).containsExactly(2, 2, 2);
            assertThat(AUTHOR.books.all(authors.get(1))).extracting(b -> b.title).containsExactlyInAnyOrder("B1",
                    "B4");
        });
        assertThat(log.count()).isEqualTo(3);
        assertThat(log.repeatedShapes(3)).hasSize(1);
    }

    @EachBackend
    void aSetOfAnUnsavedBookStaysStrictWhenLenient() {
        Book unsaved = Book.objects.all().model().newInstance();
        assertThatThrownBy(() -> Loading.lenient(() -> unsaved.tags.all())).isInstanceOf(RelationNotLoaded.class)
                .hasMessageContaining(".prefetchRelated(BOOK.tags)");
    }
}

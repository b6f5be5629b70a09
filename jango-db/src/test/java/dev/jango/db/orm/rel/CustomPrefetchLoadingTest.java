package dev.jango.db.orm.rel;

import static dev.jango.db.orm.rel.AuthorMeta.AUTHOR;
import static dev.jango.db.orm.rel.BookMeta.BOOK;
import static dev.jango.db.orm.rel.TagMeta.TAG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.db.connection.Queries;
import dev.jango.db.connection.QueryLog;
import dev.jango.db.model.Ref;
import dev.jango.db.orm.EachBackend;
import dev.jango.db.orm.OrmTest;
import dev.jango.db.query.Prefetch;
import java.util.List;

/** A Prefetch's own QuerySet keeps its selectRelated (joined into the step) and prefetchRelated (run after it). */
@OrmTest(models = {Publisher.class, Author.class, Category.class, Tag.class, Book.class, BookTag.class,
        Contract.class})
class CustomPrefetchLoadingTest {

    private static void seed() {
        Publisher p = Publisher.objects.create(x -> x.name = "P");
        Category c = Category.objects.create(x -> x.name = "fiction");
        Tag t0 = Tag.objects.create(t -> {
            t.name = "T0";
            t.category = Ref.to(c);
        });
        Tag t1 = Tag.objects.create(t -> t.name = "T1");
        for (int i = 0; i < 3; i++) {
            int n = i;
            Author a = Author.objects.create(x -> {
                x.name = "A" + n;
                x.publisher = Ref.to(p);
            });
            for (int j = 0; j < 2; j++) {
                int m = j;
                Book b = Book.objects.create(x -> {
                    x.title = "A" + n + "B" + m;
                    x.pages = 100;
                    x.author = Ref.to(a);
                });
                for (Tag t : List.of(t0, t1)) {
                    BookTag.objects.create(l -> {
                        l.book = Ref.to(b);
                        l.tag = Ref.to(t);
                    });
                }
            }
        }
    }

    @EachBackend
    void aReversePrefetchQuerySetJoinsAndPrefetchesItsOwnRelations() {
        seed();
        QueryLog log = Queries.capture(() -> {
            List<Author> authors = Author.objects.all().orderBy(AUTHOR.id.asc()).prefetchRelated(Prefetch.of(
                    AUTHOR.books, Book.objects.all().orderBy(BOOK.id.asc()).selectRelated(BOOK.author
                            .then(AUTHOR.publisher)).prefetchRelated(BOOK.tags))).list();
            Book first = AUTHOR.books.all(authors.getFirst()).getFirst();
            assertThat(first.title).isEqualTo("A0B0");
            assertThat(first.author.get().publisher.get().name).isEqualTo("P");
            assertThat(first.tags.all()).extracting(t -> t.name).containsExactlyInAnyOrder("T0", "T1");
        });
        assertThat(log.count()).as("authors, books joined to publishers, tags").isEqualTo(3);
    }

    @EachBackend
    void aManyToManyPrefetchQuerySetJoinsItsOwnRelations() {
        seed();
        QueryLog log = Queries.capture(() -> {
            List<Book> books = Book.objects.all().orderBy(BOOK.id.asc()).prefetchRelated(Prefetch.of(BOOK.tags,
                    Tag.objects.all().orderBy(TAG.name.asc()).selectRelated(TAG.category))).list();
            assertThat(books).hasSize(6).allSatisfy(b -> {
                assertThat(b.tags.all()).extracting(t -> t.name).containsExactly("T0", "T1");
                assertThat(b.tags.all().getFirst().category.get().name).isEqualTo("fiction");
                assertThat(b.tags.all().get(1).category).isNull();
            });
        });
        assertThat(log.count()).isEqualTo(2);
    }
}

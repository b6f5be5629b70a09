package dev.jango.db.orm.rel;

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

/** Loading.lenient: Ref.get() loads by id instead of throwing, once per Ref, and the N+1 detector still sees it. */
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
}

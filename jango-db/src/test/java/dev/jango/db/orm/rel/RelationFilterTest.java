package dev.jango.db.orm.rel;

import static dev.jango.db.orm.rel.AuthorMeta.AUTHOR;
import static dev.jango.db.orm.rel.BookMeta.BOOK;
import static dev.jango.db.orm.rel.PublisherMeta.PUBLISHER;
import static dev.jango.db.orm.rel.TagMeta.TAG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.db.model.Ref;
import dev.jango.db.orm.EachBackend;
import dev.jango.db.orm.OrmTest;
import dev.jango.db.query.Across;
import java.util.List;

/** Filters and ordering across forward, reverse and many-to-many relations, on all three backends. */
// Every test class of this package lists the same tables: they share one schema per server, and a table left
// over from another class would block the drops.
@OrmTest(models = {Publisher.class, Author.class, Category.class, Tag.class, Book.class, BookTag.class,
        Contract.class})
class RelationFilterTest {

    private static void seed() {
        Publisher ace = Publisher.objects.create(p -> p.name = "Ace");
        Publisher tor = Publisher.objects.create(p -> p.name = "Tor");
        Author le = Author.objects.create(a -> {
            a.name = "Le Guin";
            a.publisher = Ref.to(ace);
        });
        Author banks = Author.objects.create(a -> {
            a.name = "Banks";
            a.publisher = Ref.to(tor);
        });
        Author anon = Author.objects.create(a -> a.name = "Anon");
        Tag classic = Tag.objects.create(t -> t.name = "classic");
        Tag space = Tag.objects.create(t -> t.name = "space");
        book("Earthsea", 200, le, classic);
        book("Dispossessed", 380, le, classic, space);
        book("Excession", 450, banks, space);
        book("Untitled", 90, anon);
    }

    private static void book(String title, int pages, Author author, Tag... tags) {
        Book b = Book.objects.create(x -> {
            x.title = title;
            x.pages = pages;
            x.author = Ref.to(author);
        });
        for (Tag t : tags) {
            BookTag.objects.create(l -> {
                l.book = Ref.to(b);
                l.tag = Ref.to(t);
            });
        }
    }

    private static List<String> titles(dev.jango.db.query.QuerySet<Book> qs) {
        return qs.orderBy(BOOK.title.asc()).list().stream().map(b -> b.title).toList();
    }

    @EachBackend
    void forwardPathsStringAndTyped() {
        seed();
        assertThat(titles(Book.objects.filter("author__name__icontains", "guin")))
                .containsExactly("Dispossessed", "Earthsea");
        assertThat(titles(Book.objects.filter("author__publisher__name", "Tor"))).containsExactly("Excession");
        assertThat(titles(Book.objects.filter(Across.where(BOOK.author.then(AUTHOR.publisher),
                PUBLISHER.name.eq("Ace"))))).containsExactly("Dispossessed", "Earthsea");
        assertThat(titles(Book.objects.exclude("author__name", "Banks")))
                .containsExactly("Dispossessed", "Earthsea", "Untitled");
        // a column lookup on the key itself is not a join
        assertThat(Book.objects.filter("author__isnull", false).count()).isEqualTo(4);
    }

    @EachBackend
    void isnullThroughANullableKeyCountsMissingRowsAsNull() {
        seed();
        assertThat(titles(Book.objects.filter("author__publisher__name__isnull", true))).containsExactly("Untitled");
        assertThat(Author.objects.filter("publisher__name__isnull", true).list()).extracting(a -> a.name)
                .containsExactly("Anon");
    }

    @EachBackend
    void reverseAndManyToManyPathsNeverDuplicateRows() {
        seed();
        // Le Guin has two books over 150 pages: a join would return her twice, the subquery once
        assertThat(Author.objects.filter("books__pages__gt", 150).orderBy(AUTHOR.name.asc()).list())
                .extracting(a -> a.name).containsExactly("Banks", "Le Guin");
        assertThat(titles(Book.objects.filter("tags__name", "space"))).containsExactly("Dispossessed", "Excession");
        assertThat(titles(Book.objects.filter(Across.where(BOOK.tags, TAG.name.eq("classic")))))
                .containsExactly("Dispossessed", "Earthsea");
        assertThat(Book.objects.filter("tags__name__in", List.of("space", "classic")).count()).isEqualTo(3);
        assertThat(Tag.objects.filter("bookLinks__book__author__name", "Banks").list()).extracting(t -> t.name)
                .containsExactly("space");
    }

    @EachBackend
    void relatedFiltersWorkInUpdateAndDelete() {
        seed();
        assertThat(Book.objects.filter("author__publisher__name", "Ace").update(java.util.Map.of("pages", 1))).isEqualTo(2);
        assertThat(Book.objects.filter(BOOK.pages.eq(1)).count()).isEqualTo(2);
    }

    @EachBackend
    void orderingByRelatedFields() {
        seed();
        assertThat(Book.objects.all().orderBy("author__name", "title").list()).extracting(b -> b.title)
                .containsExactly("Untitled", "Excession", "Dispossessed", "Earthsea");
        assertThat(Book.objects.filter("author__publisher__isnull", false)
                .orderBy("-author__publisher__name", "title").list()).extracting(b -> b.title)
                .containsExactly("Excession", "Dispossessed", "Earthsea");
    }
}

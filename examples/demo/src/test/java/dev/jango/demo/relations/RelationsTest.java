package dev.jango.demo.relations;

import static dev.jango.demo.AuthorMeta.AUTHOR;
import static dev.jango.demo.BookMeta.BOOK;
import static dev.jango.demo.BookTagMeta.BOOK_TAG;
import static dev.jango.demo.relations.CategoryMeta.CATEGORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.connection.BoundValue;
import dev.jango.db.connection.Database;
import dev.jango.db.model.Ref;
import dev.jango.db.model.RelationNotLoaded;
import dev.jango.db.model.UnsavedRelatedObject;
import dev.jango.demo.Author;
import dev.jango.demo.Book;
import dev.jango.demo.BookTag;
import dev.jango.demo.Tag;
import dev.jango.test.db.BackendTest;
import dev.jango.test.db.DatabaseTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Relations against real databases: ids mapped into {@code Ref}, strict loading, and the FK constraints. */
@DatabaseTest(models = {Author.class, Book.class, Tag.class, BookTag.class, Category.class, Loan.class})
class RelationsTest {

    private static Author author(String name) {
        return Author.objects.create(a -> a.name = name);
    }

    private static Book book(Author author, String title) {
        return Book.objects.create(b -> {
            b.title = title;
            b.author = Ref.to(author);
            b.price = new BigDecimal("9.99");
            b.published = LocalDate.of(2001, 2, 3);
        });
    }

    @BackendTest
    void mapRowFillsTheIdAndReadingTheObjectNamesTheFix(Database db) {
        Author author = author("Le Guin");
        long id = book(author, "Earthsea").id;
        Book loaded = Book.objects.get(BOOK.id.eq(id));
        assertThat(loaded.author.id()).isEqualTo(author.id);
        assertThat(loaded.author.isLoaded()).isFalse();
        assertThat(loaded.tags.isLoaded()).isFalse();
        assertThatThrownBy(() -> loaded.author.get()).isInstanceOf(RelationNotLoaded.class)
                .hasMessage("Book.author is not loaded (strict loading): add .selectRelated(BOOK.author) to the query"
                        + " that fetched this Book");
        assertThatThrownBy(() -> loaded.tags.all()).isInstanceOf(RelationNotLoaded.class)
                .hasMessageContaining("Book.tags is not loaded").hasMessageContaining("add .prefetchRelated(BOOK.tags)");
        assertThatThrownBy(() -> AUTHOR.books.all(author)).isInstanceOf(RelationNotLoaded.class)
                .hasMessageContaining("add .prefetchRelated(AUTHOR.books)");
    }

    @BackendTest
    void filtersOnTheIdOrTheObject(Database db) {
        Author leGuin = author("Le Guin");
        Author herbert = author("Herbert");
        book(leGuin, "Earthsea");
        book(leGuin, "Lathe of Heaven");
        book(herbert, "Dune");
        assertThat(Book.objects.filter(BOOK.author.eq(leGuin)).count()).isEqualTo(2);
        assertThat(Book.objects.filter(BOOK.author.eq(herbert.id)).valuesList(BOOK.title).list())
                .containsExactly("Dune");
        Category root = Category.objects.create(c -> c.name = "root");
        Category.objects.create(c -> {
            c.name = "child";
            c.parent = Ref.to(root);
        });
        assertThat(Category.objects.filter(CATEGORY.parent.isNull()).valuesList(CATEGORY.name).list())
                .containsExactly("root");
        assertThat(Category.objects.filter(CATEGORY.parent.eq(root)).valuesList(CATEGORY.name).list())
                .containsExactly("child");
    }

    @BackendTest
    void theQueryLayerLoadsThroughTheDescriptors(Database db) {
        Author author = author("Le Guin");
        Book book = Book.objects.get(BOOK.id.eq(book(author, "Earthsea").id));
        Tag tag = Tag.objects.create(t -> t.name = "fantasy");
        BOOK.author.load(book, author);
        BOOK.tags.load(book, List.of(tag));
        AUTHOR.books.load(author, List.of(book));
        assertThat(book.author.get()).isSameAs(author);
        assertThat(book.tags.all()).containsExactly(tag);
        assertThat(AUTHOR.books.all(author)).containsExactly(book);
        Author other = author("Herbert");
        assertThatThrownBy(() -> BOOK.author.load(book, other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Book.author holds id " + author.id);
    }

    @BackendTest
    void unsavedObjectsCannotBeReferenced(Database db) {
        Author unsaved = new Author();
        unsaved.name = "nobody";
        assertThatThrownBy(() -> Ref.to(unsaved)).isInstanceOf(UnsavedRelatedObject.class)
                .hasMessageContaining("Author").hasMessageContaining("save the Author first");
        assertThatThrownBy(() -> BOOK.author.assign(new Book(), unsaved)).isInstanceOf(UnsavedRelatedObject.class)
                .hasMessageContaining("so Book.author cannot point at it");
        assertThatThrownBy(() -> BOOK.author.eq(unsaved)).isInstanceOf(UnsavedRelatedObject.class);
    }

    @BackendTest
    void theDatabaseEnforcesTheForeignKeys(Database db) {
        assertThatThrownBy(() -> Book.objects.create(b -> {
            b.title = "Orphan";
            b.author = Ref.id(999_999L);
            b.published = LocalDate.of(2001, 2, 3);
        })).isInstanceOf(RuntimeException.class);
        Author author = author("Le Guin");
        Book kept = book(author, "Earthsea");
        Tag tag = Tag.objects.create(t -> t.name = "fantasy");
        BookTag.objects.create(l -> {
            l.book = Ref.to(kept);
            l.tag = Ref.to(tag);
        });
        Loan.objects.create(l -> {
            l.borrower = "Ged";
            l.book = Ref.to(kept);
        });
        // PROTECT is a plain constraint: a raw delete of a lent book fails in the database too.
        assertThatThrownBy(() -> db.update("DELETE FROM " + db.vendor().quote("book"), List.of()))
                .isInstanceOf(RuntimeException.class);
        db.update("DELETE FROM " + db.vendor().quote("loan"), List.of());
        // CASCADE is also enforced by the database: removing the author removes its books and their tag links.
        db.update("DELETE FROM " + db.vendor().quote("author") + " WHERE " + db.vendor().quote("id") + " = ?",
                List.of(new BoundValue(author.id, null)));
        assertThat(Book.objects.count()).isZero();
        assertThat(BookTag.objects.filter(BOOK_TAG.tag.eq(tag)).count()).isZero();
    }

    @BackendTest
    void setNullIsEnforcedByTheDatabase(Database db) {
        Category root = Category.objects.create(c -> c.name = "root");
        long child = Category.objects.create(c -> {
            c.name = "child";
            c.parent = Ref.to(root);
        }).id;
        db.update("DELETE FROM " + db.vendor().quote("category") + " WHERE " + db.vendor().quote("id") + " = ?",
                List.of(new BoundValue(root.id, null)));
        assertThat(Category.objects.get(CATEGORY.id.eq(child)).parent).isNull();
    }

    @BackendTest
    void pathsComposeTyped(Database db) {
        assertThat(BOOK_TAG.book.then(BOOK.author).path()).isEqualTo("book__author");
        assertThat(BOOK_TAG.book.then(BOOK.author).toString()).isEqualTo("BOOK_TAG.book.then(BOOK.author)");
        assertThat(CATEGORY.parent.then(CATEGORY.parent).then(CATEGORY.children).toMany()).isTrue();
        assertThat(CATEGORY.parent.target()).isSameAs(CATEGORY);
        assertThat(CATEGORY.relations()).extracting(r -> r.name()).containsExactly("parent", "children");
    }
}

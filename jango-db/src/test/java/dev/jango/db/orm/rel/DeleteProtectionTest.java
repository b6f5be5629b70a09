package dev.jango.db.orm.rel;

import static dev.jango.db.orm.rel.AuthorMeta.AUTHOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.model.Ref;
import dev.jango.db.orm.EachBackend;
import dev.jango.db.orm.OrmTest;
import dev.jango.db.query.ProtectedError;

/** PROTECT and RESTRICT refuse a delete before anything is deleted, also through a cascade. */
@OrmTest(models = {Publisher.class, Author.class, Category.class, Tag.class, Book.class, BookTag.class,
        Contract.class})
class DeleteProtectionTest {

    @EachBackend
    void protectedAuthorCannotBeDeleted() {
        Author le = Author.objects.create(a -> a.name = "Le Guin");
        Book b = Book.objects.create(x -> {
            x.title = "Earthsea";
            x.author = Ref.to(le);
        });
        Contract c = Contract.objects.create(x -> x.author = Ref.to(le));
        assertThatThrownBy(() -> Author.objects.delete(le)).isInstanceOf(ProtectedError.class)
                .hasMessage("cannot delete Author: Contract rows [" + c.id + "] point at it through Contract.author"
                        + " (on delete PROTECT)");
        assertThatThrownBy(() -> Author.objects.filter(AUTHOR.name.eq("Le Guin")).delete())
                .isInstanceOf(ProtectedError.class);
        assertThat(Book.objects.all().count()).isEqualTo(1);
        assertThat(Author.objects.all().count()).isEqualTo(1);
        Contract.objects.delete(c);
        Contract.objects.create(x -> {
            x.author = Ref.to(Author.objects.create(a -> a.name = "Other"));
            x.book = Ref.to(b);
        });
        // the book would go with its author (CASCADE), but a contract restricts the book
        assertThatThrownBy(() -> Author.objects.delete(le)).isInstanceOf(ProtectedError.class)
                .hasMessageContaining("through Contract.book (on delete RESTRICT)");
        assertThat(Book.objects.all().count()).isEqualTo(1);
    }

    @EachBackend
    void unprotectedDeletesStillWork() {
        Author a = Author.objects.create(x -> x.name = "Banks");
        Book.objects.create(x -> {
            x.title = "Excession";
            x.author = Ref.to(a);
        });
        Book.objects.all().delete();
        assertThat(Author.objects.delete(a).total()).isEqualTo(1);
    }
}

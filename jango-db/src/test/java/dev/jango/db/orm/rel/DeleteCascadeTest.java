package dev.jango.db.orm.rel;

import static dev.jango.db.orm.rel.AuthorMeta.AUTHOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.jango.db.connection.Database;
import dev.jango.db.deletion.ManyToMany;
import dev.jango.db.model.Ref;
import dev.jango.db.orm.EachBackend;
import dev.jango.db.orm.OrmTest;
import java.util.List;

/** CASCADE and SET_NULL through instance and QuerySet deletes, with the counts the collector reports. */
@OrmTest(models = {Publisher.class, Author.class, Category.class, Tag.class, Book.class, BookTag.class,
        Contract.class})
class DeleteCascadeTest {

    @EachBackend
    void cascadeRemovesDependantsAndTheirLinks(Database db) {
        Author a = Author.objects.create(x -> x.name = "Banks");
        Author keep = Author.objects.create(x -> x.name = "Le Guin");
        Book b = Book.objects.create(x -> {
            x.title = "Excession";
            x.author = Ref.to(a);
        });
        Book other = Book.objects.create(x -> {
            x.title = "Earthsea";
            x.author = Ref.to(keep);
        });
        Tag t = Tag.objects.create(x -> x.name = "space");
        ManyToMany.of(BookMeta.BOOK.tags, b).add(t);
        ManyToMany.of(BookMeta.BOOK.tags, other).add(t);

        assertThat(Author.objects.delete(a).perModel()).containsExactly(entry("BookTag", 1), entry("Book", 1),
                entry("Author", 1));
        assertThat(Book.objects.all().valuesList(BookMeta.BOOK.title).list()).containsExactly("Earthsea");
        assertThat(BookTag.objects.all().count()).isEqualTo(1);
        assertThat(Tag.objects.all().count()).isEqualTo(1);

        assertThat(Author.objects.filter(AUTHOR.name.eq("Le Guin")).delete().total()).isEqualTo(3);
        assertThat(Book.objects.all().count()).isZero();
        assertThat(BookTag.objects.all().count()).isZero();
        // the harness drops only the listed tables before a test; a leftover rel_contract would pin rel_book
        db.execute("DROP TABLE " + db.vendor().quote("rel_contract"));
    }

    @EachBackend
    void setNullKeepsTheDependant(Database db) {
        Publisher p = Publisher.objects.create(x -> x.name = "Orbit");
        Author a = Author.objects.create(x -> {
            x.name = "Banks";
            x.publisher = Ref.to(p);
        });
        Publisher.objects.delete(p);
        Author reloaded = Author.objects.get(AUTHOR.id.eq(a.id));
        assertThat(reloaded.publisher).isNull();
        assertThat(Author.objects.all().valuesList(AUTHOR.name).list()).isEqualTo(List.of("Banks"));
        db.execute("DROP TABLE " + db.vendor().quote("rel_contract"));
    }
}

package dev.jango.db.orm.rel;

import static dev.jango.db.orm.rel.BookMeta.BOOK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.connection.Database;
import dev.jango.db.deletion.ManyToMany;
import dev.jango.db.model.Ref;
import dev.jango.db.model.UnsavedRelatedObject;
import dev.jango.db.orm.EachBackend;
import dev.jango.db.orm.OrmTest;
import dev.jango.db.signals.M2mChange;
import dev.jango.db.signals.Signals;
import java.util.ArrayList;
import java.util.List;

/** add/remove/set/clear write through-model rows and send m2mChanged around each change. */
@OrmTest(models = {Publisher.class, Author.class, Category.class, Tag.class, Book.class, BookTag.class,
        Contract.class})
class ManyToManyHelperTest {

    private static Book book() {
        Author a = Author.objects.create(x -> x.name = "Le Guin");
        return Book.objects.create(x -> {
            x.title = "Earthsea";
            x.author = Ref.to(a);
        });
    }

    private static Tag tag(String name) {
        return Tag.objects.create(t -> t.name = name);
    }

    @EachBackend
    void addRemoveSetClearWithSignals(Database db) throws Exception {
        Book b = book();
        Tag fantasy = tag("fantasy");
        Tag classic = tag("classic");
        Tag sea = tag("sea");
        List<String> seen = new ArrayList<>();
        Signals signals = Signals.builder()
                .m2mChanged(Book.class, c -> seen.add(c.action() + " " + c.relation() + " " + c.relatedIds()))
                .build();
        Signals.using(signals, () -> {
            var tags = ManyToMany.of(BOOK.tags, b);
            assertThat(tags.add(fantasy, classic, fantasy)).isEqualTo(2);
            assertThat(tags.add(classic)).isZero();
            assertThat(tags.linkedIds()).containsExactly(fantasy.id, classic.id);
            assertThat(tags.remove(fantasy, sea)).isEqualTo(1);
            assertThat(tags.linkedIds()).containsExactly(classic.id);
            tags.set(List.of(sea, fantasy));
            assertThat(tags.linkedIds()).containsExactlyInAnyOrder(sea.id, fantasy.id);
            assertThat(BookTag.objects.all().count()).isEqualTo(2);
            assertThat(tags.clear()).isEqualTo(2);
            assertThat(BookTag.objects.all().count()).isZero();
            return null;
        });
        assertThat(seen).containsExactly(
                "PRE_ADD tags [" + fantasy.id + ", " + classic.id + "]",
                "POST_ADD tags [" + fantasy.id + ", " + classic.id + "]",
                "PRE_REMOVE tags [" + fantasy.id + ", " + sea.id + "]",
                "POST_REMOVE tags [" + fantasy.id + ", " + sea.id + "]",
                "PRE_REMOVE tags [" + classic.id + "]",
                "POST_REMOVE tags [" + classic.id + "]",
                "PRE_ADD tags [" + sea.id + ", " + fantasy.id + "]",
                "POST_ADD tags [" + sea.id + ", " + fantasy.id + "]",
                "PRE_CLEAR tags []",
                "POST_CLEAR tags []");
        // the harness drops only the listed tables before a test; a leftover rel_contract would pin rel_book
        db.execute("DROP TABLE " + db.vendor().quote("rel_contract"));
    }

    @EachBackend
    void unsavedObjectsRaiseBeforeSql(Database db) {
        Book saved = book();
        assertThatThrownBy(() -> ManyToMany.of(BOOK.tags, new Book())).isInstanceOf(UnsavedRelatedObject.class)
                .hasMessageContaining("Book is not saved");
        Tag unsaved = new Tag();
        assertThatThrownBy(() -> ManyToMany.of(BOOK.tags, saved).add(unsaved))
                .isInstanceOf(UnsavedRelatedObject.class).hasMessageContaining("Tag is not saved");
        assertThat(BookTag.objects.all().count()).isZero();
        // the harness drops only the listed tables before a test; a leftover rel_contract would pin rel_book
        db.execute("DROP TABLE " + db.vendor().quote("rel_contract"));
    }
}

package dev.jango.migrations;

import static dev.jango.migrations.TestModels.model;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.db.meta.FieldKind;
import dev.jango.db.meta.ModelMeta;
import dev.jango.migrations.autodetect.Autodetector;
import dev.jango.migrations.autodetect.Questioner;
import dev.jango.migrations.autodetect.SafeForms;
import dev.jango.migrations.operations.AddConstraint;
import dev.jango.migrations.operations.AddField;
import dev.jango.migrations.operations.AlterTable;
import dev.jango.migrations.operations.CreateModel;
import dev.jango.migrations.operations.DeleteModel;
import dev.jango.migrations.operations.Operation;
import dev.jango.migrations.operations.RemoveConstraint;
import dev.jango.migrations.operations.RemoveField;
import dev.jango.migrations.operations.RenameField;
import dev.jango.migrations.operations.RenameIndex;
import dev.jango.migrations.operations.RenameModel;
import dev.jango.migrations.operations.ValidateConstraint;
import dev.jango.migrations.state.ProjectState;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the autodetector emits for each kind of change, and how renames depend on the answers. */
class AutodetectorTest {
    private static ProjectState state(ModelMeta<?>... models) {
        return ProjectState.fromModels(Map.of("shop", List.of(models)));
    }

    private static List<Operation> diff(Questioner q, ProjectState from, ProjectState to) {
        return new Autodetector(q).changes("shop", from, to);
    }

    @Test
    void modelRenameIsAskedAndStateOnly() {
        ProjectState from = state(model("Writer", "author").chars("name", 40).build());
        ProjectState to = state(model("Author", "author").chars("name", 40).build());
        assertThat(diff(Questioner.answers(Set.of("shop.Writer=Author")), from, to))
                .containsExactly(new RenameModel("Writer", "Author"));
        assertThat(diff(Questioner.never(), from, to)).hasExactlyElementsOfTypes(CreateModel.class, DeleteModel.class);
    }

    @Test
    void tableRenameIndexRenameAndConstraintChanges() {
        ProjectState from = state(model("Book", "book").chars("title", 40).chars("isbn", 13)
                .index("book_old", "title").unique("", "title", "isbn").check("book_isbn", "isbn__isnull=false")
                .build());
        ProjectState to = state(model("Book", "library_book").chars("title", 40).chars("isbn", 13)
                .index("book_new", "title").check("book_isbn", "isbn__gt=''").build());
        List<Operation> ops = diff(Questioner.never(), from, to);
        assertThat(ops).hasExactlyElementsOfTypes(AlterTable.class, RemoveConstraint.class, RemoveConstraint.class,
                RenameIndex.class, AddConstraint.class, ValidateConstraint.class);
        assertThat(ops.get(3)).isEqualTo(new RenameIndex("Book", "book_old", "book_new"));
        assertThat(((AddConstraint) ops.get(4)).online()).isTrue();
        assertThat(SafeForms.split(ops)).as("VALIDATE starts its own migration").hasSize(2);
    }

    @Test
    void fieldRenameKeepsTheColumnOrRenamesIt() {
        ProjectState from = state(model("Book", "book").chars("title", 40).build());
        ProjectState renamedColumn = state(model("Book", "book").chars("name", 40).build());
        var name = renamedColumn.model("shop", "Book").table().requireField("name");
        assertThat(diff(Questioner.answers(Set.of("shop.Book.title=name")), from, renamedColumn))
                .as("the label follows the rename")
                .containsExactly(new RenameField("Book", "title", "name", java.util.Optional.of("name")),
                        new dev.jango.migrations.operations.AlterField("Book", name));
        assertThat(diff(Questioner.never(), from, renamedColumn))
                .hasExactlyElementsOfTypes(AddField.class, RemoveField.class);
    }

    @Test
    void unchangedModelsProduceNothing() {
        ProjectState s = state(model("Book", "book").chars("title", 40).with("n", FieldKind.INT, "0").build());
        assertThat(diff(Questioner.always(), s, s)).isEmpty();
    }
}

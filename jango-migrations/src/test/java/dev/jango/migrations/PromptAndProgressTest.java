package dev.jango.migrations;

import static dev.jango.migrations.TestModels.model;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.db.meta.ModelMeta;
import dev.jango.migrations.autodetect.PromptQuestioner;
import dev.jango.migrations.autodetect.Questioner;
import dev.jango.migrations.executor.TerminalProgress;
import dev.jango.migrations.operations.AddField;
import dev.jango.migrations.operations.RenameField;
import dev.jango.migrations.operations.RenameModel;
import dev.jango.migrations.operations.SeparateDatabaseAndState;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The interactive rename questions fed from a stdin stream, and the backfill progress output. */
class PromptAndProgressTest {
    private final StringWriter prompts = new StringWriter();

    private MakeMigrations.Result renameRun(String stdin, Set<String> flags, ModelMeta<?> before, ModelMeta<?> after)
            throws Exception {
        Path dir = Files.createTempDirectory("jango-prompt");
        MakeMigrations.run(new Workspace(List.of(new AppMigrations("shop", dir, List.of(before)))),
                MakeMigrations.Options.defaults(), s -> { });
        var in = new InputStreamReader(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
        Questioner q = new PromptQuestioner(Questioner.answers(flags), in, new PrintWriter(prompts));
        return MakeMigrations.run(new Workspace(List.of(new AppMigrations("shop", dir, List.of(after)))),
                new MakeMigrations.Options(List.of(), q, Optional.empty(), true), s -> { });
    }

    @Test
    void yesOnStdinMakesAFieldRename() throws Exception {
        var result = renameRun("y\n", Set.of(), model("Book", "p_book").chars("title", 40).build(),
                model("Book", "p_book").chars("name", 40).build());
        assertThat(prompts.toString()).isEqualTo("Did you rename shop.Book.title to name? [y/N] ");
        assertThat(result.made().get("shop").getFirst().operations()).first().isInstanceOf(RenameField.class);
        assertThat(result.made().get("shop").stream().flatMap(m -> m.operations().stream()))
                .noneMatch(o -> o instanceof AddField || o instanceof SeparateDatabaseAndState);
    }

    @Test
    void noOrEndOfInputMakesAnAddAndAStateOnlyRemoval() throws Exception {
        for (String answer : List.of("n\n", "\n", "")) {
            prompts.getBuffer().setLength(0);
            var result = renameRun(answer, Set.of(), model("Book", "p_book").chars("title", 40).build(),
                    model("Book", "p_book").chars("name", 40).build());
            assertThat(prompts.toString()).as("answer %s", answer).startsWith("Did you rename shop.Book.title");
            assertThat(result.made().get("shop").stream().flatMap(m -> m.operations().stream()))
                    .as("answer %s", answer).hasAtLeastOneElementOfType(AddField.class)
                    .hasAtLeastOneElementOfType(SeparateDatabaseAndState.class)
                    .noneMatch(o -> o instanceof RenameField);
        }
    }

    @Test
    void modelRenameIsAskedAndFlagsAreNotAskedAgain() throws Exception {
        var asked = renameRun(" Yes \n", Set.of(), model("Writer", "p_author").chars("name", 40).build(),
                model("Author", "p_author").chars("name", 40).build());
        assertThat(prompts.toString()).isEqualTo("Did you rename model shop.Writer to Author? [y/N] ");
        assertThat(asked.made().get("shop").getFirst().operations()).singleElement().isInstanceOf(RenameModel.class);

        prompts.getBuffer().setLength(0);
        var flagged = renameRun("", Set.of("shop.Writer=Author"), model("Writer", "p_author").chars("name", 40)
                .build(), model("Author", "p_author").chars("name", 40).build());
        assertThat(prompts.toString()).isEmpty();
        assertThat(flagged.made().get("shop").getFirst().operations()).singleElement()
                .isInstanceOf(RenameModel.class);
    }

    @Test
    void terminalRedrawsOneBarAndPipesGetTenthLines() {
        StringWriter tty = new StringWriter();
        TerminalProgress bar = new TerminalProgress(new PrintWriter(tty), true);
        bar.advance("backfill book.isbn", 0, 4);
        bar.advance("backfill book.isbn", 2, 4);
        bar.finish("backfill book.isbn", 4);
        assertThat(tty.toString()).isEqualTo("\r  [                              ]   0% 0/4 rows backfill book.isbn"
                + "\r  [###############               ]  50% 2/4 rows backfill book.isbn"
                + System.lineSeparator() + "  backfill book.isbn: done, 4 rows" + System.lineSeparator());

        StringWriter pipe = new StringWriter();
        TerminalProgress lines = new TerminalProgress(new PrintWriter(pipe), false);
        for (long done = 0; done <= 1000; done += 10) {
            lines.advance("backfill t.c", done, 1000);
        }
        List<String> printed = new ArrayList<>(pipe.toString().lines().toList());
        assertThat(printed).hasSize(11).first().isEqualTo("  backfill t.c: 0/1000 rows (0%)");
        assertThat(printed).last().isEqualTo("  backfill t.c: 1000/1000 rows (100%)");
    }
}

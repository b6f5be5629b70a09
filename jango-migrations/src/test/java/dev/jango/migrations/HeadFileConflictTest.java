package dev.jango.migrations;

import static dev.jango.migrations.TestModels.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.meta.FieldKind;
import dev.jango.db.meta.ModelMeta;
import dev.jango.migrations.graph.GraphException;
import dev.jango.migrations.io.MigrationFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Two git branches each add a migration: merging them conflicts in HEAD, and the leaf check is the backstop. */
class HeadFileConflictTest {
    private static List<ModelMeta<?>> models(String extraField) {
        var b = model("Book", "book").chars("title", 50);
        if (extraField != null) {
            b.nullable(extraField, FieldKind.INT);
        }
        return List.of(b.build());
    }

    private static String git(Path repo, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.com",
                "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(repo.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return output;
    }

    @Test
    void parallelBranchesConflictInTheHeadFile() throws Exception {
        Path repo = Files.createTempDirectory("jango-git");
        Path dir = repo.resolve("migrations");
        git(repo, "init", "-q");
        MakeMigrations.run(MigrateEndToEndTest.workspace(dir, models(null)), MakeMigrations.Options.defaults(), s -> { });
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "initial");

        git(repo, "checkout", "-q", "-b", "feature-a");
        MakeMigrations.run(MigrateEndToEndTest.workspace(dir, models("pages")), MakeMigrations.Options.defaults(),
                s -> { });
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "a");

        git(repo, "checkout", "-q", "main");
        git(repo, "checkout", "-q", "-b", "feature-b");
        MakeMigrations.run(MigrateEndToEndTest.workspace(dir, models("rating")), MakeMigrations.Options.defaults(),
                s -> { });
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "b");

        String merge = git(repo, "merge", "feature-a");
        assertThat(merge).contains("CONFLICT").contains("migrations/HEAD");
        assertThat(Files.readString(dir.resolve("HEAD"))).contains("<<<<<<<", "0002_book_pages", "0002_book_rating");
        assertThatThrownBy(() -> MakeMigrations.run(MigrateEndToEndTest.workspace(dir, models("rating")),
                MakeMigrations.Options.defaults(), s -> { }))
                .isInstanceOf(MigrationFileException.class).hasMessageContaining("HEAD has a merge conflict");

        // Resolving HEAD by hand still leaves two leaves: the graph check catches it.
        Files.writeString(dir.resolve("HEAD"), "0002_book_rating\n");
        var ws = MigrateEndToEndTest.workspace(dir, models("rating"));
        assertThatThrownBy(() -> ws.checkHeads(ws.graph(Set.of()))).isInstanceOf(GraphException.class)
                .hasMessageContaining("conflicting migrations in app: [app.0002_book_pages, app.0002_book_rating]");
    }
}

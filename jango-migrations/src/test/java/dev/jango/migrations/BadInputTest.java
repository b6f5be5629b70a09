package dev.jango.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.migrations.executor.Executor;
import dev.jango.migrations.executor.Target;
import dev.jango.migrations.graph.GraphException;
import dev.jango.migrations.graph.MigrationGraph;
import dev.jango.migrations.graph.MigrationKey;
import dev.jango.migrations.io.MigrationFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of bad input stops before the database is touched, naming the file, migration or operation. */
class BadInputTest {
    private static Path appDir() throws Exception {
        Path dir = Files.createTempDirectory("jango-bad");
        MakeMigrations.run(MigrateEndToEndTest.workspace(dir, TwentyModelApp.v1()),
                MakeMigrations.Options.defaults(), s -> { });
        return dir;
    }

    @Test
    void unparsableFileIsNamed() throws Exception {
        Path dir = appDir();
        Files.writeString(dir.resolve("0002_broken.json"), "{ \"operations\": [ { \"op\": ");
        Workspace ws = MigrateEndToEndTest.workspace(dir, TwentyModelApp.v1());
        assertThatThrownBy(ws::migrations).isInstanceOf(MigrationFileException.class)
                .hasMessageContaining("0002_broken.json does not parse");
        Files.writeString(dir.resolve("0002_broken.json"), "{ \"operations\": [ { \"op\": \"Frobnicate\" } ] }");
        assertThatThrownBy(ws::migrations).hasMessageContaining("0002_broken.json operation 1")
                .hasMessageContaining("unknown operation \"Frobnicate\"");
    }

    @Test
    void missingDependencyIsNamed() throws Exception {
        Path dir = appDir();
        Files.writeString(dir.resolve("0002_next.json"),
                "{ \"dependencies\": [\"app.0001_initial\", \"shop.0007_gone\"], \"operations\": [] }");
        Workspace ws = MigrateEndToEndTest.workspace(dir, TwentyModelApp.v1());
        assertThatThrownBy(() -> ws.graph(java.util.Set.of())).isInstanceOf(GraphException.class)
                .hasMessage("migration app.0002_next depends on shop.0007_gone, which does not exist"
                        + " (migrations of shop: [])");
    }

    @Test
    void appliedMigrationMissingOnDiskUnknownTargetAndIrreversibleStopBeforeTheDatabase() throws Exception {
        Path dir = appDir();
        Files.writeString(dir.resolve("0002_raw.json"), "{ \"dependencies\": [\"app.0001_initial\"],"
                + " \"operations\": [ { \"op\": \"RunSql\", \"sql\": [\"SELECT 1\"] } ] }");
        Workspace ws = MigrateEndToEndTest.workspace(dir, TwentyModelApp.v1());
        try (TestDb db = TestDb.open("sqlite")) {
            Executor ex = new Executor(db.database, db.editor, Executor.Options.defaults(), s -> { });
            MigrationGraph g = ws.graph(ex.applied().keySet());
            ex.migrate(g, ex.plan(g, Target.latest()), Executor.Mode.RUN);

            assertThatThrownBy(() -> ex.plan(g, new Target.To(new MigrationKey("app", "0009_nope"))))
                    .isInstanceOf(GraphException.class).hasMessageContaining("no migration app.0009_nope");
            assertThatThrownBy(() -> ex.plan(g, new Target.Zero("blog")))
                    .hasMessageContaining("app 'blog' has no migrations");

            var schema = db.schema();
            assertThatThrownBy(() -> ex.migrate(g, ex.plan(g, new Target.Zero("app")), Executor.Mode.RUN))
                    .isInstanceOf(GraphException.class)
                    .hasMessageContaining("migration app.0002_raw, operation 1 (Raw SQL (1 statement))")
                    .hasMessageContaining("has no reverse SQL");
            assertThat(db.schema()).isEqualTo(schema);

            Files.delete(dir.resolve("0002_raw.json"));
            MigrationGraph shrunk = ws.graph(ex.applied().keySet());
            assertThatThrownBy(() -> ex.plan(shrunk, Target.latest()))
                    .hasMessageContaining("applied migrations are no longer on disk: [app.0002_raw]");
        }
    }

    @Test
    void editedAppliedMigrationIsReported() throws Exception {
        Path dir = appDir();
        Workspace ws = MigrateEndToEndTest.workspace(dir, TwentyModelApp.v1());
        try (TestDb db = TestDb.open("sqlite")) {
            Executor ex = new Executor(db.database, db.editor, Executor.Options.defaults(), s -> { });
            MigrationGraph g = ws.graph(ex.applied().keySet());
            ex.migrate(g, ex.plan(g, Target.latest()), Executor.Mode.RUN);
            Path initial = dir.resolve("0001_initial.json");
            Files.writeString(initial, Files.readString(initial).replace("\"maxLength\" : 100", "\"maxLength\" : 101"));
            List<String> edited = Executor.edited(ws.graph(ex.applied().keySet()), ex.applied());
            assertThat(edited).singleElement().asString().startsWith("app.0001_initial was edited after it was applied");
        }
    }
}

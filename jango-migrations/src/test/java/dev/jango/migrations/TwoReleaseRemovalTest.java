package dev.jango.migrations;

import static dev.jango.migrations.TestModels.model;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.db.connection.Queries;
import dev.jango.db.connection.QueryLog;
import dev.jango.db.meta.ModelMeta;
import dev.jango.migrations.autodetect.Questioner;
import dev.jango.migrations.executor.Executor;
import dev.jango.migrations.executor.Target;
import dev.jango.migrations.graph.MigrationGraph;
import dev.jango.migrations.io.PendingDrops;
import dev.jango.migrations.operations.DropColumn;
import dev.jango.migrations.operations.SeparateDatabaseAndState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A field removed from a model: release N stops reading it (state-only, column made nullable), release N+1
 * ({@code makemigrations --release}) drops the column. On the three backends, through db-conn's Database.
 */
class TwoReleaseRemovalTest {
    static Stream<String> vendors() {
        return TestDb.vendors().stream();
    }

    private static final ModelMeta<?> WITH_ISBN = model("Book", "tr_book").chars("title", 40).chars("isbn", 13).build();
    private static final ModelMeta<?> WITHOUT_ISBN = model("Book", "tr_book").chars("title", 40).build();

    private static Workspace ws(Path dir, ModelMeta<?> model) {
        return new Workspace(List.of(new AppMigrations("app", dir, List.of(model))));
    }

    private static MakeMigrations.Result make(Workspace ws, boolean release, List<String> log) {
        return MakeMigrations.run(ws, new MakeMigrations.Options(List.of(), Questioner.never(), Optional.empty(),
                true, release), log::add);
    }

    private static QueryLog migrate(TestDb db, Workspace ws, List<String> log) {
        Executor ex = new Executor(db.database, db.editor, Executor.Options.defaults(), log::add);
        return Queries.capture(() -> {
            MigrationGraph graph = ws.graph(ex.applied().keySet());
            ex.migrate(graph, ex.plan(graph, Target.latest()), Executor.Mode.RUN);
        });
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("vendors")
    void removedFieldLeavesStateFirstAndTheColumnOneReleaseLater(String vendor) throws Exception {
        Path dir = Files.createTempDirectory("jango-two-release");
        List<String> log = new ArrayList<>();
        make(ws(dir, WITH_ISBN), false, log);
        try (TestDb db = TestDb.open(vendor)) {
            QueryLog initial = migrate(db, ws(dir, WITH_ISBN), log);
            assertThat(initial.statements()).as("the executor's statements are counted by db-conn")
                    .anyMatch(q -> q.sql().startsWith("CREATE TABLE") && q.sql().contains("tr_book"))
                    .anyMatch(q -> q.sql().startsWith("INSERT INTO") && q.sql().contains("jango_migrations"));

            // Release N: the model lost isbn.
            Workspace n = ws(dir, WITHOUT_ISBN);
            var first = make(n, false, log);
            var step1 = first.made().get("app").getFirst();
            assertThat(step1.name()).isEqualTo("0002_remove_book_isbn");
            assertThat(step1.operations()).singleElement().isInstanceOfSatisfying(SeparateDatabaseAndState.class,
                    s -> assertThat(s.database()).as("NOT NULL dropped so new inserts work").hasSize(1));
            assertThat(PendingDrops.read(dir)).singleElement()
                    .satisfies(d -> assertThat(d.since()).isEqualTo("0002_remove_book_isbn"));
            assertThat(log).anyMatch(l -> l.contains("Pending for 'app': drop column isbn of Book"));
            migrate(db, n, log);
            assertThat(db.schema().get("tr_book")).as("column kept for release N-1").contains("isbn");
            try (Statement st = db.connection.createStatement()) {
                st.executeUpdate("INSERT INTO tr_book (title) VALUES ('new code omits isbn')");
            }

            // Nothing owed is emitted until the release marker.
            assertThat(make(n, false, log).changed()).isFalse();

            // Release N+1.
            var second = make(n, true, log);
            var step2 = second.made().get("app").getFirst();
            assertThat(step2.name()).isEqualTo("0003_drop_book_isbn");
            assertThat(step2.operations()).singleElement().isInstanceOf(DropColumn.class);
            assertThat(PendingDrops.read(dir)).isEmpty();
            assertThat(Files.exists(dir.resolve(PendingDrops.FILE))).isFalse();
            migrate(db, n, log);
            assertThat(db.schema().get("tr_book")).containsExactly("id", "title");
            assertThat(make(n, true, log).changed()).as("models, snapshot and database agree").isFalse();

            // The drop is reversible: the column comes back nullable.
            Executor ex = new Executor(db.database, db.editor, Executor.Options.defaults(), log::add);
            MigrationGraph graph = n.graph(ex.applied().keySet());
            ex.migrate(graph, ex.plan(graph, new Target.To(step1.key())), Executor.Mode.RUN);
            assertThat(db.schema().get("tr_book")).contains("isbn");
        }
    }
}

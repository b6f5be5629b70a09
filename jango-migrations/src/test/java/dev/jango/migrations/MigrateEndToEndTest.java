package dev.jango.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.db.meta.ModelMeta;
import dev.jango.migrations.autodetect.Questioner;
import dev.jango.migrations.executor.Executor;
import dev.jango.migrations.executor.Target;
import dev.jango.migrations.graph.MigrationGraph;
import dev.jango.migrations.io.Snapshot;
import dev.jango.migrations.state.ModelState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 20-model app on each backend: makemigrations, migrate forward, change the models, makemigrations (safe
 * forms), migrate, back to zero, forward again; the database's tables and columns are compared with the snapshot
 * each time.
 */
class MigrateEndToEndTest {
    static List<String> vendors() {
        return TestDb.vendors();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("vendors")
    void forwardBackToZeroAndForwardAgain(String vendor) throws Exception {
        Path dir = Files.createTempDirectory("jango-e2e");
        List<String> log = new ArrayList<>();
        try (TestDb db = TestDb.open(vendor)) {
            Workspace v1 = workspace(dir, TwentyModelApp.v1());
            MakeMigrations.run(v1, MakeMigrations.Options.defaults(), log::add);
            assertThat(dir.resolve("0001_initial.json")).exists();
            assertThat(Files.readString(dir.resolve("HEAD")).strip()).isEqualTo("0001_initial");

            migrate(db, v1, Target.latest(), log);
            assertThat(db.schema()).isEqualTo(expected(dir));
            try (Statement st = db.connection.createStatement()) {
                st.execute("INSERT INTO " + db.editor.quote("zm_m02") + " (" + db.editor.quote("title")
                        + ") VALUES ('no rank yet')");
            }

            Workspace v2 = workspace(dir, TwentyModelApp.v2());
            var made = MakeMigrations.run(v2, new MakeMigrations.Options(List.of(),
                    Questioner.answers(TwentyModelApp.renames()), Optional.empty(), true), log::add);
            assertThat(made.made().get("app")).hasSizeGreaterThan(2);
            migrate(db, v2, Target.latest(), log);
            assertThat(db.schema().get("zm_m06")).as("removed field: column kept for one release")
                    .contains("legacy");
            MakeMigrations.run(v2, new MakeMigrations.Options(List.of(), Questioner.never(), Optional.empty(), true,
                    true), log::add);
            migrate(db, v2, Target.latest(), log);
            assertThat(db.schema()).isEqualTo(expected(dir));
            assertThat(db.schema()).containsKey("zm_m21").doesNotContainKey("zm_m07");
            assertThat(db.schema().get("zm_m05")).contains("name");
            assertThat(db.indexes("zm_m10")).contains("zm_m10_new_idx").doesNotContain("zm_m10_old_idx");
            try (Statement st = db.connection.createStatement(); ResultSet rs = st.executeQuery("SELECT "
                    + db.editor.quote("rank") + " FROM " + db.editor.quote("zm_m02"))) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).as("backfilled from the default").isEqualTo(5);
            }

            migrate(db, v2, new Target.Zero("app"), log);
            assertThat(db.schema()).isEmpty();

            migrate(db, v2, Target.latest(), log);
            assertThat(db.schema()).isEqualTo(expected(dir));
            assertThat(new MakeMigrations.Options(List.of(), Questioner.never(), Optional.empty(), false)).isNotNull();
            var again = MakeMigrations.run(v2, new MakeMigrations.Options(List.of(), Questioner.never(),
                    Optional.empty(), false), log::add);
            assertThat(again.changed()).as("models and migrations agree").isFalse();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("vendors")
    void freshDatabaseBuiltFromTheSnapshot(String vendor) throws Exception {
        Path dir = Files.createTempDirectory("jango-snap");
        List<String> log = new ArrayList<>();
        MakeMigrations.run(workspace(dir, TwentyModelApp.v1()), MakeMigrations.Options.defaults(), log::add);
        Workspace v2 = workspace(dir, TwentyModelApp.v2());
        MakeMigrations.run(v2, new MakeMigrations.Options(List.of(), Questioner.answers(TwentyModelApp.renames()),
                Optional.empty(), true), log::add);
        try (TestDb db = TestDb.open(vendor)) {
            Executor ex = new Executor(db.database, db.editor, Executor.Options.defaults(), log::add);
            dev.jango.migrations.executor.SnapshotBuild.build(db.database, db.editor, v2.graph(java.util.Set.of()),
                    "app", Snapshot.read(dir, "app"), log::add);
            assertThat(db.schema()).isEqualTo(expected(dir));
            assertThat(log).anyMatch(l -> l.contains("skipped in app.0003_backfill_m02_rank"));
            MigrationGraph graph = v2.graph(ex.applied().keySet());
            assertThat(ex.plan(graph, Target.latest())).isEmpty();
            migrate(db, v2, new Target.Zero("app"), log);
            assertThat(db.schema()).isEmpty();
        }
    }

    static Workspace workspace(Path dir, List<ModelMeta<?>> models) {
        return new Workspace(List.of(new AppMigrations("app", dir, models)));
    }

    static void migrate(TestDb db, Workspace ws, Target target, List<String> log) {
        Executor ex = new Executor(db.database, db.editor, Executor.Options.defaults(), log::add);
        MigrationGraph graph = ws.graph(ex.applied().keySet());
        ex.migrate(graph, ex.plan(graph, target), Executor.Mode.RUN);
    }

    /** Tables and columns the snapshot says the app has. */
    static Map<String, TreeSet<String>> expected(Path dir) {
        Map<String, TreeSet<String>> out = new TreeMap<>();
        for (ModelState m : Snapshot.read(dir, "app").models().values()) {
            TreeSet<String> cols = new TreeSet<>();
            m.table().fields().forEach(f -> cols.add(f.column()));
            out.put(m.table().name(), cols);
        }
        return out;
    }
}

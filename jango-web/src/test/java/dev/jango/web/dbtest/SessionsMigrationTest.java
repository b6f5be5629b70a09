package dev.jango.web.dbtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.db.connection.Database;
import dev.jango.db.schema.SchemaEditor;
import dev.jango.migrations.AppMigrations;
import dev.jango.migrations.MakeMigrations;
import dev.jango.migrations.Workspace;
import dev.jango.migrations.executor.Executor;
import dev.jango.migrations.graph.MigrationGraph;
import dev.jango.migrations.executor.Target;
import dev.jango.migrations.autodetect.Questioner;
import dev.jango.web.middleware.SessionsApp;
import dev.jango.test.db.BackendTest;
import dev.jango.test.db.DatabaseTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The sessions app ships migrations that match its model and create {@code jango_session}. */
@DatabaseTest
class SessionsMigrationTest {
    // After changing SessionRecord, run once with the system property set (surefire argLine) to rewrite the files.
    static final boolean WRITE = Boolean.getBoolean("jango.sessions.makemigrations");

    static Workspace workspace() {
        SessionsApp app = SessionsApp.INSTANCE;
        return new Workspace(List.of(new AppMigrations(app.label(), Path.of("").toAbsolutePath()
                .resolve(app.migrationsDirectory()), app.models())));
    }

    @BackendTest
    void shippedMigrationsMatchTheModelAndCreateTheTable(Database db) {
        Workspace ws = workspace();
        List<String> out = new ArrayList<>();
        MakeMigrations.Result r = MakeMigrations.run(ws, new MakeMigrations.Options(List.of("sessions"),
                Questioner.never(), Optional.empty(), WRITE), out::add);
        if (!WRITE) {
            assertThat(r.changed()).as("makemigrations sessions --check: %s", out).isFalse();
        }

        Executor ex = new Executor(db, SchemaEditor.forVendor(db.vendor()), Executor.Options.defaults(), out::add);
        MigrationGraph graph = ws.graph(ex.applied().keySet());
        ex.migrate(graph, ex.plan(graph, Target.latest()), Executor.Mode.RUN);
        assertThat(db.update("INSERT INTO jango_session (session_key, session_data, expire_date) VALUES (?, ?, ?)",
                List.of(new dev.jango.db.connection.BoundValue("k1", null), new dev.jango.db.connection.BoundValue("{}", null),
                        new dev.jango.db.connection.BoundValue(java.time.Instant.now(), null)))).isEqualTo(1);
        ex.migrate(ws.graph(ex.applied().keySet()), ex.plan(ws.graph(ex.applied().keySet()), new Target.Zero("sessions")),
                Executor.Mode.RUN);
    }
}

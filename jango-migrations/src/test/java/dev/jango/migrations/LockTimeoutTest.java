package dev.jango.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.meta.FieldKind;
import dev.jango.db.schema.Table;
import dev.jango.migrations.executor.Executor;
import dev.jango.migrations.executor.MigrationFailure;
import dev.jango.migrations.executor.Target;
import dev.jango.migrations.graph.Migration;
import dev.jango.migrations.graph.MigrationGraph;
import dev.jango.migrations.graph.MigrationKey;
import dev.jango.migrations.io.MigrationFile;
import dev.jango.migrations.operations.AddField;
import dev.jango.migrations.operations.CreateModel;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** On PostgreSQL, DDL waits at most lock_timeout for a lock, then the migration is retried with backoff. */
class LockTimeoutTest {
    private static MigrationGraph graph() {
        Table t = Table.of(TestModels.model("Busy", "zl_busy").chars("name", 10).build());
        Migration initial = MigrationFile.withHash(new Migration(new MigrationKey("app", "0001_initial"), List.of(),
                List.of(new CreateModel("Busy", t)), true, true, List.of(), Map.of(), ""));
        Migration add = MigrationFile.withHash(new Migration(new MigrationKey("app", "0002_busy_n"),
                List.of(initial.key()), List.of(new AddField("Busy", TestModels.spec("n", FieldKind.INT, 0, 0, 0, true,
                Optional.empty()))), true, false, List.of(), Map.of(), ""));
        return MigrationGraph.of(List.of(initial, add), Set.of());
    }

    @Test
    void retriesAfterLockTimeoutAndGivesUpAfterTheLastRetry() throws Exception {
        try (TestDb db = TestDb.open("postgresql")) {
            List<String> out = Collections.synchronizedList(new ArrayList<>());
            var options = new Executor.Options(Duration.ofMillis(100), 3, Duration.ofMillis(100));
            Executor ex = new Executor(db.database, db.editor, options, out::add);
            MigrationGraph g = graph();
            ex.migrate(g, ex.plan(g, new Target.To(new MigrationKey("app", "0001_initial"))), Executor.Mode.RUN);
            String schema;
            try (Statement st = db.connection.createStatement(); var rs = st.executeQuery("SELECT current_schema()")) {
                rs.next();
                schema = rs.getString(1);
            }
            try (Connection blocker = TestDb.postgresSibling()) {
                blocker.setAutoCommit(false);
                try (Statement st = blocker.createStatement()) {
                    st.execute("LOCK TABLE " + schema + ".zl_busy IN ACCESS SHARE MODE");
                }
                // Released while the executor is backing off: a later attempt succeeds.
                Thread release = Thread.ofVirtual().start(() -> {
                    try {
                        Thread.sleep(250);
                        blocker.rollback();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                ex.migrate(g, ex.plan(g, Target.latest()), Executor.Mode.RUN);
                release.join();
            }
            assertThat(out).anyMatch(l -> l.contains("lock_timeout on app.0002_busy_n; retrying"));
            assertThat(out).anyMatch(l -> l.startsWith("Applying app.0002_busy_n... OK"));

            ex.migrate(g, ex.plan(g, new Target.To(new MigrationKey("app", "0001_initial"))), Executor.Mode.RUN);
            try (Connection blocker = TestDb.postgresSibling()) {
                blocker.setAutoCommit(false);
                try (Statement st = blocker.createStatement()) {
                    st.execute("LOCK TABLE " + schema + ".zl_busy IN ACCESS SHARE MODE");
                }
                assertThatThrownBy(() -> ex.migrate(g, ex.plan(g, Target.latest()), Executor.Mode.RUN))
                        .isInstanceOf(MigrationFailure.class).hasMessageContaining("lock timeout")
                        .hasMessageContaining("rolled back");
                blocker.rollback();
            }
        }
    }
}

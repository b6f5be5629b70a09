package dev.jango.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.meta.CheckSpec;
import dev.jango.db.meta.FieldKind;
import dev.jango.db.meta.IndexSpec;
import dev.jango.db.schema.Table;
import dev.jango.migrations.executor.Executor;
import dev.jango.migrations.executor.MigrationFailure;
import dev.jango.migrations.executor.Target;
import dev.jango.migrations.graph.Migration;
import dev.jango.migrations.graph.MigrationGraph;
import dev.jango.migrations.graph.MigrationKey;
import dev.jango.migrations.io.MigrationFile;
import dev.jango.migrations.operations.AddConstraint;
import dev.jango.migrations.operations.AddField;
import dev.jango.migrations.operations.AddIndex;
import dev.jango.migrations.operations.Constraint;
import dev.jango.migrations.operations.CreateModel;
import dev.jango.migrations.operations.Operation;
import dev.jango.migrations.operations.RunSql;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A failure injected after each operation of a multi-operation migration. PostgreSQL rolls the whole migration
 * back; MariaDB cannot, and the failure reports the statements that ran and how to recover.
 */
class FailureInjectionTest {
    private static final Table BASE = Table.of(TestModels.model("Base", "zf_base").chars("name", 20).build());

    private static List<Operation> operations() {
        return List.of(
                new CreateModel("Extra", Table.of(TestModels.model("Extra", "zf_extra").chars("code", 10).build())),
                new AddField("Base", TestModels.spec("size", FieldKind.INT, 0, 0, 0, true, Optional.empty())),
                new AddIndex("Base", new IndexSpec("zf_base_name_idx", List.of("name")), false),
                new AddConstraint("Base", new Constraint.Check(new CheckSpec("zf_base_size", "size__gte=0")), false));
    }

    private static MigrationGraph graph(int failAfter) {
        Migration initial = MigrationFile.withHash(new Migration(new MigrationKey("app", "0001_initial"), List.of(),
                List.of(new CreateModel("Base", BASE)), true, true, List.of(), Map.of(), ""));
        List<Operation> ops = new ArrayList<>(operations());
        ops.add(failAfter, new RunSql(List.of("SELECT * FROM zf_no_such_table"), Optional.of(List.of()), false));
        Migration second = MigrationFile.withHash(new Migration(new MigrationKey("app", "0002_many"),
                List.of(initial.key()), ops, true, false, List.of(), Map.of(), ""));
        return MigrationGraph.of(List.of(initial, second), Set.of());
    }

    @Test
    void postgresqlIsExactlyAtTheBeforeStateWhicheverOperationFails() throws Exception {
        for (int failAfter = 0; failAfter <= operations().size(); failAfter++) {
            try (TestDb db = TestDb.open("postgresql")) {
                Executor ex = new Executor(db.database, db.editor, Executor.Options.defaults(), s -> { });
                MigrationGraph g = graph(failAfter);
                ex.migrate(g, ex.plan(g, new Target.To(new MigrationKey("app", "0001_initial"))),
                        Executor.Mode.RUN);
                var before = db.schema();
                var indexesBefore = db.indexes("zf_base");
                int op = failAfter + 1;
                assertThatThrownBy(() -> ex.migrate(g, ex.plan(g, Target.latest()), Executor.Mode.RUN))
                        .isInstanceOf(MigrationFailure.class)
                        .hasMessageContaining("app.0002_many failed in operation " + op)
                        .hasMessageContaining("rolled back");
                assertThat(db.schema()).isEqualTo(before);
                assertThat(db.indexes("zf_base")).isEqualTo(indexesBefore);
                assertThat(ex.applied()).containsOnlyKeys(new MigrationKey("app", "0001_initial"));
            }
        }
    }

    @Test
    void mariadbReportsWhichStatementsRanAndHowToRecover() throws Exception {
        try (TestDb db = TestDb.open("mariadb")) {
            List<String> out = new ArrayList<>();
            Executor ex = new Executor(db.database, db.editor, Executor.Options.defaults(), out::add);
            MigrationGraph g = graph(2);
            ex.migrate(g, ex.plan(g, new Target.To(new MigrationKey("app", "0001_initial"))), Executor.Mode.RUN);
            assertThatThrownBy(() -> ex.migrate(g, ex.plan(g, Target.latest()), Executor.Mode.RUN))
                    .isInstanceOfSatisfying(MigrationFailure.class, f -> {
                        assertThat(f.ran()).hasSize(2);
                        assertThat(f.ran().getFirst()).startsWith("CREATE TABLE `zf_extra`");
                        assertThat(f.ran().get(1)).startsWith("ALTER TABLE `zf_base` ADD COLUMN `size`");
                    })
                    .hasMessageContaining("failed in operation 3 (Raw SQL")
                    .hasMessageContaining("mariadb commits each DDL statement")
                    .hasMessageContaining("Statements that ran (2)")
                    .hasMessageContaining("Statements not run:\n  SELECT * FROM zf_no_such_table;")
                    .hasMessageContaining("migrate --fake app 0002_many");
            assertThat(db.schema()).containsKey("zf_extra");
            assertThat(ex.applied()).containsOnlyKeys(new MigrationKey("app", "0001_initial"));
        }
    }
}

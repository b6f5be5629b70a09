package dev.jango.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.meta.CheckSpec;
import dev.jango.db.meta.FieldKind;
import dev.jango.db.meta.FieldSpec;
import dev.jango.db.meta.IndexSpec;
import dev.jango.db.meta.UniqueSpec;
import dev.jango.db.schema.Table;
import dev.jango.migrations.executor.Executor;
import dev.jango.migrations.executor.Target;
import dev.jango.migrations.graph.Migration;
import dev.jango.migrations.graph.MigrationGraph;
import dev.jango.migrations.graph.MigrationKey;
import dev.jango.migrations.io.MigrationFile;
import dev.jango.migrations.operations.AddConstraint;
import dev.jango.migrations.operations.AddField;
import dev.jango.migrations.operations.AddIndex;
import dev.jango.migrations.operations.AlterField;
import dev.jango.migrations.operations.AlterTable;
import dev.jango.migrations.operations.Backfill;
import dev.jango.migrations.operations.Constraint;
import dev.jango.migrations.operations.CreateModel;
import dev.jango.migrations.operations.DataContext;
import dev.jango.migrations.operations.DataMigration;
import dev.jango.migrations.operations.DeleteModel;
import dev.jango.migrations.operations.Operation;
import dev.jango.migrations.operations.RemoveConstraint;
import dev.jango.migrations.operations.RemoveField;
import dev.jango.migrations.operations.RemoveIndex;
import dev.jango.migrations.operations.RenameField;
import dev.jango.migrations.operations.RenameIndex;
import dev.jango.migrations.operations.RenameModel;
import dev.jango.migrations.operations.RunCode;
import dev.jango.migrations.operations.RunSql;
import dev.jango.migrations.operations.SeparateDatabaseAndState;
import dev.jango.migrations.operations.ValidateConstraint;
import dev.jango.migrations.squash.Optimizer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Operation file round-trips, the squash optimizer, data operations on real databases, fake modes. */
class OperationsTest {
    private static final Table BOOK = Table.of(TestModels.model("Book", "zo_book").chars("title", 50)
            .nullable("rank", FieldKind.INT).build());

    private static FieldSpec intField(String name) {
        return TestModels.spec(name, FieldKind.INT, 0, 0, 0, true, Optional.empty());
    }

    private static Migration migration(String name, List<MigrationKey> deps, Operation... ops) {
        return MigrationFile.withHash(new Migration(new MigrationKey("app", name), deps, List.of(ops), true,
                name.startsWith("0001"), List.of(), Map.of(), ""));
    }

    @Test
    void everyOperationRoundTripsThroughItsFile() {
        List<Operation> all = List.of(new CreateModel("Book", BOOK.withIndexes(List.of(new IndexSpec("", List.of(
                "title")))).withUniques(List.of(new UniqueSpec("u", List.of("title", "rank")))).withChecks(List.of(
                new CheckSpec("c", "rank__gte=0")))), new DeleteModel("Book"), new RenameModel("A", "B"),
                new AlterTable("Book", "t2"), new AddField("Book", intField("n")), new RemoveField("Book", "n"),
                new AlterField("Book", intField("rank")), new RenameField("Book", "a", "b", Optional.of("b")),
                new RenameField("Book", "a", "b", Optional.empty()),
                new AddIndex("Book", new IndexSpec("i", List.of("-title")), true),
                new RemoveIndex("Book", new IndexSpec("", List.of("title")), false), new RenameIndex("Book", "i", "j"),
                new AddConstraint("Book", new Constraint.Check(new CheckSpec("c", "rank__gt=1")), true),
                new AddConstraint("Book", new Constraint.Unique(new UniqueSpec("", List.of("title"))), false),
                new ValidateConstraint("Book", "c"),
                new RemoveConstraint("Book", new Constraint.Unique(new UniqueSpec("u", List.of("title")))),
                new RunSql(List.of("SELECT 1"), Optional.of(List.of("SELECT 2")), true),
                new RunSql(List.of("SELECT 1"), Optional.empty(), false),
                new RunCode("x.Y", true, false),
                new SeparateDatabaseAndState(List.of(new RunSql(List.of("SELECT 1"), Optional.of(List.of()), false)),
                        List.of(new RenameModel("A", "B"))),
                new Backfill("Book", "rank", "0", 500, 10));
        Migration m = new Migration(new MigrationKey("app", "0002_all"), List.of(new MigrationKey("app", "0001_x")),
                all, false, false, List.of(new MigrationKey("app", "0001_x")), Map.of("JM007", "why"), "");
        Migration back = MigrationFile.parse("app", "0002_all", MigrationFile.render(m), "test");
        assertThat(back.operations()).isEqualTo(all);
        assertThat(back.silenced()).isEqualTo(Map.of("JM007", "why"));
        assertThat(back.hash()).isEqualTo(MigrationFile.withHash(m).hash());
        assertThat(MigrationFile.render(back)).isEqualTo(MigrationFile.render(m));
    }

    @Test
    void optimizerMergesCancelsAndDropsElidable() {
        List<Operation> ops = Optimizer.optimize(List.of(
                new CreateModel("Book", BOOK),
                new AddField("Book", intField("pages")),
                new AlterField("Book", TestModels.spec("pages", FieldKind.LONG, 0, 0, 0, true, Optional.empty())),
                new AddIndex("Book", new IndexSpec("", List.of("pages")), true),
                new RunSql(List.of("UPDATE zo_book SET rank = 1"), Optional.of(List.of()), true),
                new CreateModel("Gone", Table.of(TestModels.model("Gone", "zo_gone").build())),
                new AddField("Book", intField("tmp")),
                new RemoveField("Book", "tmp"),
                new DeleteModel("Gone")));
        assertThat(ops).singleElement().isInstanceOfSatisfying(CreateModel.class, c -> {
            assertThat(c.table().fields()).extracting(FieldSpec::name).containsExactly("id", "title", "rank", "pages");
            assertThat(c.table().requireField("pages").kind()).isEqualTo(FieldKind.LONG);
            assertThat(c.table().indexes()).hasSize(1);
        });
        List<Operation> barrier = Optimizer.optimize(List.of(new CreateModel("Book", BOOK),
                new RunSql(List.of("INSERT INTO zo_book (title) VALUES ('x')"), Optional.of(List.of()), false),
                new AddField("Book", intField("pages"))));
        assertThat(barrier).as("raw SQL in between is a barrier").hasSize(3);
    }

    /** Sets rank = length of title, reading the historical column names. */
    public static final class RankFromTitle implements DataMigration {
        @Override
        public void forwards(DataContext ctx) throws SQLException {
            ctx.update("UPDATE " + ctx.table("Book") + " SET " + ctx.column("Book", "rank") + " = 7");
        }

        @Override
        public boolean reversible() {
            return true;
        }

        @Override
        public void backwards(DataContext ctx) throws SQLException {
            ctx.update("UPDATE " + ctx.table("Book") + " SET " + ctx.column("Book", "rank") + " = NULL");
        }
    }

    static List<String> vendors() {
        return TestDb.vendors();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("vendors")
    void dataOperationsBackfillAndSeparateState(String vendor) throws Exception {
        Migration m1 = migration("0001_initial", List.of(), new CreateModel("Book", BOOK),
                new RunSql(List.of("INSERT INTO zo_book (title) VALUES ('a')", "INSERT INTO zo_book (title) VALUES ('b')",
                        "INSERT INTO zo_book (title) VALUES ('c')"), Optional.of(List.of()), false));
        Migration m2 = migration("0002_code", List.of(m1.key()), new RunCode(RankFromTitle.class.getName(), true, false));
        Migration m3 = migration("0003_sep", List.of(m2.key()), new SeparateDatabaseAndState(
                List.of(new RunSql(List.of("ALTER TABLE zo_book ADD COLUMN extra integer"),
                        Optional.of(List.of("ALTER TABLE zo_book DROP COLUMN extra")), false)),
                List.of(new AddField("Book", intField("extra")))));
        Migration m4 = MigrationFile.withHash(new Migration(new MigrationKey("app", "0004_fill"), List.of(m3.key()),
                List.of(new Backfill("Book", "extra", "3", 2, 1)), false, false, List.of(), Map.of(), ""));
        MigrationGraph g = MigrationGraph.of(List.of(m1, m2, m3, m4), Set.of());
        try (TestDb db = TestDb.open(vendor)) {
            List<String> out = new ArrayList<>();
            Executor ex = new Executor(db.database, db.editor, Executor.Options.defaults(), out::add);
            ex.migrate(g, ex.plan(g, Target.latest()), Executor.Mode.RUN);
            assertThat(ints(db, "SELECT rank FROM zo_book")).containsOnly(7);
            assertThat(ints(db, "SELECT extra FROM zo_book")).containsOnly(3);
            assertThat(out).anyMatch(l -> l.contains("backfill zo_book.extra: 2/3 rows"))
                    .anyMatch(l -> l.contains("backfill zo_book.extra: done, 3 rows"));
            ex.migrate(g, ex.plan(g, new Target.To(m1.key())), Executor.Mode.RUN);
            assertThat(db.schema().get("zo_book")).doesNotContain("extra");
            assertThat(ints(db, "SELECT rank FROM zo_book")).containsOnlyNulls();
        }
    }

    @Test
    void fakeAndFakeInitial() throws Exception {
        Migration m1 = migration("0001_initial", List.of(), new CreateModel("Book", BOOK));
        Migration m2 = migration("0002_n", List.of(m1.key()), new AddField("Book", intField("n")));
        MigrationGraph g = MigrationGraph.of(List.of(m1, m2), Set.of());
        try (TestDb db = TestDb.open("sqlite")) {
            List<String> out = new ArrayList<>();
            Executor ex = new Executor(db.database, db.editor, Executor.Options.defaults(), out::add);
            ex.migrate(g, ex.plan(g, new Target.To(m1.key())), Executor.Mode.FAKE);
            assertThat(db.schema()).isEmpty();
            assertThat(ex.applied()).containsOnlyKeys(m1.key());
            ex.migrate(g, ex.plan(g, new Target.Zero("app")), Executor.Mode.FAKE);
            try (Statement st = db.connection.createStatement()) {
                db.editor.createTable(BOOK).forEach(sql -> {
                    try {
                        st.execute(sql);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            ex.migrate(g, ex.plan(g, Target.latest()), Executor.Mode.FAKE_INITIAL);
            assertThat(out).contains("Applying app.0001_initial... FAKED");
            assertThat(db.schema().get("zo_book")).contains("n");
        }
    }

    @Test
    void squashedMigrationIsUsedOnlyWhenAllOrNoneOfItsReplacedAreApplied() {
        Migration m1 = migration("0001_initial", List.of(), new CreateModel("Book", BOOK));
        Migration m2 = migration("0002_n", List.of(m1.key()), new AddField("Book", intField("n")));
        Migration sq = MigrationFile.withHash(new Migration(new MigrationKey("app", "0002_squashed_0001"), List.of(),
                List.of(new CreateModel("Book", BOOK)), true, true, List.of(m1.key(), m2.key()), Map.of(), ""));
        Migration m3 = migration("0003_m", List.of(sq.key()), new AddField("Book", intField("m")));
        List<Migration> all = List.of(m1, m2, sq, m3);
        assertThat(MigrationGraph.of(all, Set.of()).order()).extracting(MigrationKey::name)
                .containsExactly("0002_squashed_0001", "0003_m");
        assertThat(MigrationGraph.of(all, Set.of(m1.key(), m2.key())).order()).extracting(MigrationKey::name)
                .containsExactly("0002_squashed_0001", "0003_m");
        MigrationGraph partial = MigrationGraph.of(all, Set.of(m1.key()));
        assertThat(partial.order()).extracting(MigrationKey::name).containsExactly("0001_initial", "0002_n", "0003_m");
        assertThat(partial.get(m3.key()).dependencies()).containsExactly(m2.key());
    }

    @Test
    void irreversibleCodeIsReportedByName() {
        RunCode code = new RunCode("com.example.Nope", false, false);
        assertThatThrownBy(() -> code.backwards(null, null)).hasMessage("Run code com.example.Nope is not reversible");
        assertThatThrownBy(code::instance).hasMessageContaining("com.example.Nope not found");
    }

    private static List<Integer> ints(TestDb db, String sql) throws SQLException {
        List<Integer> out = new ArrayList<>();
        try (Statement st = db.connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                int v = rs.getInt(1);
                out.add(rs.wasNull() ? null : v);
            }
        }
        return out;
    }
}

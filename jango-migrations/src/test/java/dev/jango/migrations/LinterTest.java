package dev.jango.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.db.meta.CheckSpec;
import dev.jango.db.meta.FieldKind;
import dev.jango.db.meta.FieldSpec;
import dev.jango.db.meta.IndexSpec;
import dev.jango.db.meta.UniqueSpec;
import dev.jango.db.schema.Table;
import dev.jango.migrations.graph.Migration;
import dev.jango.migrations.graph.MigrationKey;
import dev.jango.migrations.lint.Finding;
import dev.jango.migrations.lint.Linter;
import dev.jango.migrations.lint.Rule;
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
import dev.jango.migrations.operations.RemoveField;
import dev.jango.migrations.operations.RenameField;
import dev.jango.migrations.operations.RunCode;
import dev.jango.migrations.operations.RunSql;
import dev.jango.migrations.operations.ValidateConstraint;
import dev.jango.migrations.state.ModelState;
import dev.jango.migrations.state.ProjectState;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every rule with a failing and a passing case. */
class LinterTest {
    private static final Table BOOK = Table.of(TestModels.model("Book", "book").chars("title", 50)
            .nullable("rank", FieldKind.INT).build());
    private static final ProjectState STATE = ProjectState.empty().with(new ModelState("app", "Book", BOOK));
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private static List<Rule> rules(String vendor, Map<String, String> silenced, Operation... ops) {
        return rules(vendor, silenced, true, ops);
    }

    private static List<Rule> rules(String vendor, Map<String, String> silenced, boolean atomic, Operation... ops) {
        Migration m = new Migration(new MigrationKey("app", "0002_x"), List.of(), List.of(ops), atomic, false,
                List.of(), silenced, "h");
        return Linter.lint(m, STATE, vendor, TIMEOUT).stream().map(Finding::rule).toList();
    }

    private static List<Rule> pg(Operation... ops) {
        return rules("postgresql", Map.of(), ops);
    }

    private static FieldSpec field(String name, FieldKind kind, boolean nullable, Optional<String> dflt) {
        return TestModels.spec(name, kind, kind == FieldKind.CHAR ? 50 : 0, 0, 0, nullable, dflt);
    }

    @Test
    void notNullWithoutDefault() {
        assertThat(pg(new AddField("Book", field("pages", FieldKind.INT, false, Optional.empty()))))
                .contains(Rule.NOT_NULL_WITHOUT_DEFAULT);
        assertThat(pg(new AddField("Book", field("pages", FieldKind.INT, false, Optional.of("0"))))).isEmpty();
    }

    @Test
    void tablesCreatedInTheSameMigrationAreExempt() {
        Table fresh = Table.of(TestModels.model("Fresh", "fresh").build());
        assertThat(pg(new CreateModel("Fresh", fresh),
                new AddField("Fresh", field("pages", FieldKind.INT, false, Optional.empty())),
                new AddIndex("Fresh", new IndexSpec("", List.of("pages")), false))).isEmpty();
    }

    @Test
    void volatileDefault() {
        assertThat(pg(new RunSql(List.of("ALTER TABLE book ADD COLUMN at timestamptz DEFAULT now()"),
                Optional.of(List.of()), false))).contains(Rule.VOLATILE_DEFAULT);
        assertThat(pg(new RunSql(List.of("ALTER TABLE book ADD COLUMN at int DEFAULT 0"), Optional.of(List.of()),
                false))).doesNotContain(Rule.VOLATILE_DEFAULT);
    }

    @Test
    void setNotNull() {
        FieldSpec required = field("rank", FieldKind.INT, false, Optional.of("0"));
        assertThat(pg(new AlterField("Book", required))).contains(Rule.SET_NOT_NULL);
        Table checked = BOOK.withChecks(List.of(new CheckSpec("book_rank_nn", "rank__isnull=false")));
        Migration m = new Migration(new MigrationKey("app", "0003"), List.of(), List.of(new AlterField("Book",
                required)), true, false, List.of(), Map.of(), "h");
        assertThat(Linter.lint(m, ProjectState.empty().with(new ModelState("app", "Book", checked)), "postgresql",
                TIMEOUT)).isEmpty();
    }

    @Test
    void rewritingTypeChange() {
        assertThat(pg(new AlterField("Book", field("rank", FieldKind.LONG, true, Optional.empty()))))
                .contains(Rule.REWRITING_TYPE_CHANGE);
        assertThat(pg(new AlterField("Book", TestModels.spec("title", FieldKind.CHAR, 200, 0, 0, false,
                Optional.empty())))).isEmpty();
        assertThat(rules("sqlite", Map.of(), new AlterField("Book", field("rank", FieldKind.LONG, true,
                Optional.empty())))).as("SQLite rebuilds anyway; no lock concern").isEmpty();
    }

    @Test
    void renameColumnAndTable() {
        assertThat(pg(new RenameField("Book", "title", "name", Optional.of("name")))).contains(Rule.RENAME_COLUMN);
        assertThat(pg(new RenameField("Book", "title", "name", Optional.empty()))).isEmpty();
        assertThat(pg(new AlterTable("Book", "library_book"))).contains(Rule.RENAME_TABLE);
        assertThat(pg(new CreateModel("Fresh", Table.of(TestModels.model("Fresh", "fresh").build())),
                new AlterTable("Fresh", "fresh2"))).isEmpty();
    }

    @Test
    void dropColumnAndTableUnlessSilencedWithAReason() {
        assertThat(pg(new RemoveField("Book", "rank"))).containsExactly(Rule.DROP_COLUMN);
        assertThat(pg(new DeleteModel("Book"))).containsExactly(Rule.DROP_TABLE);
        assertThat(rules("postgresql", Map.of("JM007", "rank unused since release 41"),
                new RemoveField("Book", "rank"))).isEmpty();
        assertThat(rules("postgresql", Map.of("JM007", " "), new RemoveField("Book", "rank")))
                .containsExactly(Rule.SILENCE_WITHOUT_REASON, Rule.DROP_COLUMN);
    }

    @Test
    void indexUniqueAndCheckNeedTheOnlineForms() {
        IndexSpec idx = new IndexSpec("", List.of("title"));
        assertThat(pg(new AddIndex("Book", idx, false))).containsExactly(Rule.INDEX_NOT_CONCURRENT);
        assertThat(rules("postgresql", Map.of(), false, new AddIndex("Book", idx, true))).isEmpty();
        var unique = new Constraint.Unique(new UniqueSpec("", List.of("title")));
        assertThat(pg(new AddConstraint("Book", unique, false))).containsExactly(Rule.UNIQUE_NOT_CONCURRENT);
        assertThat(pg(new AddConstraint("Book", unique, true))).isEmpty();
        var check = new Constraint.Check(new CheckSpec("rank_pos", "rank__gt=0"));
        assertThat(pg(new AddConstraint("Book", check, false))).containsExactly(Rule.CHECK_NOT_VALID);
        assertThat(pg(new AddConstraint("Book", check, true))).isEmpty();
        assertThat(rules("mariadb", Map.of(), new AddConstraint("Book", check, false)))
                .as("MariaDB has no NOT VALID").isEmpty();
    }

    @Test
    void validateInTheSameTransactionAsItsAdd() {
        var check = new Constraint.Check(new CheckSpec("rank_pos", "rank__gt=0"));
        assertThat(pg(new AddConstraint("Book", check, true), new ValidateConstraint("Book", "rank_pos")))
                .containsExactly(Rule.VALIDATE_SAME_TRANSACTION);
        Table added = BOOK.withChecks(List.of(new CheckSpec("rank_pos", "rank__gt=0")));
        Migration later = new Migration(new MigrationKey("app", "0003"), List.of(), List.of(
                new ValidateConstraint("Book", "rank_pos")), true, false, List.of(), Map.of(), "h");
        assertThat(Linter.lint(later, ProjectState.empty().with(new ModelState("app", "Book", added)), "postgresql",
                TIMEOUT)).as("validated in a later migration").isEmpty();
    }

    @Test
    void backfillWithDdl() {
        Backfill fill = new Backfill("Book", "rank", "0", 100, 0);
        assertThat(rules("postgresql", Map.of(), false, new AddField("Book", field("x", FieldKind.INT, true,
                Optional.empty())), fill)).contains(Rule.BACKFILL_IN_DDL_TRANSACTION);
        assertThat(rules("postgresql", Map.of(), false, fill)).isEmpty();
    }

    @Test
    void noLockTimeout() {
        Migration m = new Migration(new MigrationKey("app", "0002"), List.of(), List.of(new AlterField("Book",
                TestModels.spec("title", FieldKind.CHAR, 80, 0, 0, false, Optional.empty()))), true, false, List.of(),
                Map.of(), "h");
        assertThat(Linter.lint(m, STATE, "postgresql", Duration.ZERO)).extracting(Finding::rule)
                .containsExactly(Rule.NO_LOCK_TIMEOUT);
        assertThat(Linter.lint(m, STATE, "postgresql", TIMEOUT)).isEmpty();
        assertThat(pg(new RunSql(List.of("SET lock_timeout = 0"), Optional.of(List.of()), false)))
                .contains(Rule.NO_LOCK_TIMEOUT);
    }

    @Test
    void sqlAndCodeWithoutReverse() {
        assertThat(pg(new RunSql(List.of("UPDATE book SET rank = 1"), Optional.empty(), false)))
                .containsExactly(Rule.SQL_WITHOUT_REVERSE);
        assertThat(pg(new RunSql(List.of("UPDATE book SET rank = 1"), Optional.of(List.of()), false))).isEmpty();
        assertThat(pg(new RunCode(HistoricalCode.class.getName(), false, false)))
                .containsExactly(Rule.CODE_WITHOUT_REVERSE);
        assertThat(pg(new RunCode(HistoricalCode.class.getName(), true, false))).isEmpty();
    }

    @Test
    void dataMigrationUsingLiveModels() {
        assertThat(pg(new RunCode(LiveModelCode.class.getName(), true, false)))
                .containsExactly(Rule.LIVE_MODEL_IN_CODE);
        assertThat(pg(new RunCode(HistoricalCode.class.getName(), true, false))).isEmpty();
    }

    @Test
    void ruleIdsAreStableAndUnique() {
        assertThat(List.of(Rule.values())).extracting(Rule::id).doesNotHaveDuplicates()
                .startsWith("JM000", "JM001", "JM002");
    }

    /** Uses only the historical state: passes JM017. */
    public static final class HistoricalCode implements DataMigration {
        @Override
        public void forwards(DataContext ctx) throws java.sql.SQLException {
            ctx.update("UPDATE " + ctx.table("Book") + " SET " + ctx.column("Book", "rank") + " = 0");
        }
    }

    /** Touches today's models: fails JM017. */
    public static final class LiveModelCode implements DataMigration {
        @Override
        public void forwards(DataContext ctx) {
            dev.jango.db.model.Entity e = null;
            if (e != null) {
                e.isPersisted();
            }
        }
    }
}

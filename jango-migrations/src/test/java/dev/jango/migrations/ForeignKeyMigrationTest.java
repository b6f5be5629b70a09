package dev.jango.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.DatabaseException;
import dev.jango.db.connection.BoundValue;
import dev.jango.db.meta.ModelMeta;
import dev.jango.migrations.executor.Executor;
import dev.jango.migrations.executor.Target;
import dev.jango.migrations.fk.lib.WriterMeta;
import dev.jango.migrations.graph.Migration;
import dev.jango.migrations.graph.MigrationGraph;
import dev.jango.migrations.graph.MigrationKey;
import dev.jango.migrations.lint.Finding;
import dev.jango.migrations.lint.Linter;
import dev.jango.migrations.operations.AddConstraint;
import dev.jango.migrations.operations.AddField;
import dev.jango.migrations.operations.Constraint;
import dev.jango.migrations.operations.ValidateConstraint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A foreign key added to an existing table of one app, referencing another app's model: add column → ADD
 * CONSTRAINT NOT VALID → VALIDATE in the next migration (PostgreSQL), cross-app dependency, enforcement on the three
 * backends.
 */
class ForeignKeyMigrationTest {
    static Stream<String> vendors() {
        return TestDb.vendors().stream();
    }

    private static Workspace ws(Path shop, Path lib, ModelMeta<?> novel) {
        // shop is listed first on purpose: makemigrations must still make lib's migration first.
        return new Workspace(List.of(new AppMigrations("shop", shop, List.of(novel)),
                new AppMigrations("lib", lib, List.of(WriterMeta.WRITER))));
    }

    private static void migrate(TestDb db, Workspace ws, List<String> log) {
        Executor ex = new Executor(db.database, db.editor, Executor.Options.defaults(), log::add);
        MigrationGraph graph = ws.graph(ex.applied().keySet());
        ex.migrate(graph, ex.plan(graph, Target.latest()), Executor.Mode.RUN);
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("vendors")
    void foreignKeyAddedToAnExistingTable(String vendor) throws Exception {
        Path base = Files.createTempDirectory("jango-fk");
        Path shop = base.resolve("shop");
        Path lib = base.resolve("lib");
        List<String> log = new ArrayList<>();
        MakeMigrations.run(ws(shop, lib, dev.jango.migrations.fk.v1.NovelMeta.NOVEL), MakeMigrations.Options.defaults(),
                log::add);
        Workspace v2 = ws(shop, lib, dev.jango.migrations.fk.v2.NovelMeta.NOVEL);
        var made = MakeMigrations.run(v2, MakeMigrations.Options.defaults(), log::add).made().get("shop");

        assertThat(made).hasSize(2);
        Migration add = made.get(0);
        assertThat(add.operations()).hasExactlyElementsOfTypes(AddField.class, AddConstraint.class);
        assertThat(((AddConstraint) add.operations().get(1)).online()).isTrue();
        assertThat(((AddConstraint) add.operations().get(1)).constraint()).isInstanceOf(Constraint.ForeignKey.class);
        assertThat(add.dependencies()).as("depends on the referenced app's latest migration")
                .contains(new MigrationKey("lib", "0001_initial"));
        assertThat(made.get(1).operations()).singleElement().isInstanceOf(ValidateConstraint.class);

        MigrationGraph graph = v2.graph(java.util.Set.of());
        List<Finding> pg = Linter.lint(graph, "postgresql", List.of(add.key(), made.get(1).key()), Duration.ofSeconds(5));
        assertThat(pg).as("safe form: no finding").noneMatch(f -> f.rule().name().startsWith("FOREIGN_KEY"));
        List<Finding> maria = Linter.lint(graph, "mariadb", List.of(add.key()), Duration.ofSeconds(5));
        assertThat(maria).anyMatch(f -> f.toString().contains("JM019") && f.toString().contains("no NOT VALID"));

        try (TestDb db = TestDb.open(vendor)) {
            migrate(db, v2, log);
            assertThat(db.schema().get("fk_novel")).contains("writer_id");
            var sql = db.editor;
            db.database.update("INSERT INTO " + sql.quote("fk_writer") + " (" + sql.quote("name") + ") VALUES (?)",
                    List.of(BoundValue.of("Le Guin")));
            long id = db.database.query("SELECT max(" + sql.quote("id") + ") FROM " + sql.quote("fk_writer"), List.of(),
                    rs -> rs.next() ? rs.getLong(1) : 0L);
            db.database.update("INSERT INTO " + sql.quote("fk_novel") + " (" + sql.quote("title") + ", "
                    + sql.quote("writer_id") + ") VALUES (?, ?)", List.of(BoundValue.of("Earthsea"), BoundValue.of(id)));
            assertThatThrownBy(() -> db.database.update("INSERT INTO " + sql.quote("fk_novel") + " ("
                    + sql.quote("title") + ", " + sql.quote("writer_id") + ") VALUES (?, ?)",
                    List.of(BoundValue.of("Nobody's"), BoundValue.of(id + 1000))))
                    .as("the constraint is enforced").isInstanceOf(DatabaseException.class);
            // Rebuilding the referenced table (SQLite: DROP + RENAME) must not cascade to the referencing rows.
            var name = WriterMeta.WRITER.fields().stream().filter(f -> f.spec().name().equals("name")).findFirst()
                    .orElseThrow().spec();
            var wider = new dev.jango.db.meta.FieldSpec(name.name(), name.column(), name.kind(), name.nullable(),
                    name.blank(), name.unique(), name.indexed(), name.primaryKey(), name.defaultValue(),
                    name.choices(), 80, 0, 0, name.verboseName(), name.helpText());
            Migration widen = dev.jango.migrations.io.MigrationFile.withHash(new Migration(new MigrationKey("lib",
                    "0002_wider_name"), List.of(new MigrationKey("lib", "0001_initial")), List.of(
                    new dev.jango.migrations.operations.AlterField("Writer", wider)), true, false, List.of(),
                    java.util.Map.of(), ""));
            dev.jango.migrations.io.MigrationFile.write(lib, widen);
            migrate(db, v2, log);
            long kept = db.database.query("SELECT count(*) FROM " + sql.quote("fk_novel") + " WHERE "
                    + sql.quote("writer_id") + " = ?", List.of(BoundValue.of(id)), rs -> rs.next() ? rs.getLong(1) : 0L);
            assertThat(kept).as("referencing rows survive a rebuild of the referenced table").isEqualTo(1);
            if (vendor.equals("postgresql")) {
                boolean valid = db.database.query("SELECT convalidated FROM pg_constraint WHERE conname = ?",
                        List.of(BoundValue.of("fk_novel_writer_id_fk")), rs -> rs.next() && rs.getBoolean(1));
                assertThat(valid).as("validated by the second migration").isTrue();
            }
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("vendors")
    void freshTablesAreCreatedReferencedFirstWithTheKeyInline(String vendor) throws Exception {
        Path base = Files.createTempDirectory("jango-fk-fresh");
        List<String> log = new ArrayList<>();
        Workspace v2 = ws(base.resolve("shop"), base.resolve("lib"), dev.jango.migrations.fk.v2.NovelMeta.NOVEL);
        var made = MakeMigrations.run(v2, MakeMigrations.Options.defaults(), log::add).made();
        assertThat(made.get("shop").getFirst().dependencies()).contains(new MigrationKey("lib", "0001_initial"));
        assertThat(Files.readString(base.resolve("shop/schema.json"))).contains("\"foreignKeys\"", "fk_writer");
        try (TestDb db = TestDb.open(vendor)) {
            migrate(db, v2, log);
            assertThat(db.schema()).containsKeys("fk_writer", "fk_novel");
            assertThatThrownBy(() -> db.database.update("INSERT INTO " + db.editor.quote("fk_novel") + " ("
                    + db.editor.quote("title") + ", " + db.editor.quote("writer_id") + ") VALUES (?, ?)",
                    List.of(BoundValue.of("Orphan"), BoundValue.of(4242L)))).isInstanceOf(DatabaseException.class);
        }
    }
}

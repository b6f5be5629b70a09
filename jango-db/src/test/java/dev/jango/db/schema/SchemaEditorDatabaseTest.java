package dev.jango.db.schema;

import static dev.jango.db.schema.Specs.chars;
import static dev.jango.db.schema.Specs.decimal;
import static dev.jango.db.schema.Specs.field;
import static dev.jango.db.schema.Specs.indexed;
import static dev.jango.db.schema.Specs.nullable;
import static dev.jango.db.schema.Specs.pk;
import static dev.jango.db.schema.Specs.sized;
import static dev.jango.db.schema.Specs.unique;
import static dev.jango.db.schema.Specs.withDefault;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.connection.Database;
import dev.jango.db.meta.CheckSpec;
import dev.jango.db.meta.FieldKind;
import dev.jango.db.meta.IndexSpec;
import dev.jango.db.meta.UniqueSpec;
import dev.jango.db.orm.EachBackend;
import dev.jango.db.orm.OrmTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Every editor operation executed on a real SQLite, PostgreSQL and MariaDB (the ORM suite's backend harness). */
@OrmTest(models = {})
class SchemaEditorDatabaseTest {

    private static Table book(String name) {
        return new Table(name, List.of(
                pk(),
                unique(chars("title", 200)),
                withDefault(decimal("price", 8, 2), "0"),
                nullable(field("published", FieldKind.DATE)),
                withDefault(field("active", FieldKind.BOOLEAN), "true"),
                withDefault(sized(field("status", FieldKind.ENUM), 10, 0, 0), "DRAFT"),
                nullable(field("created", FieldKind.DATETIME)),
                nullable(field("uid", FieldKind.UUID)),
                nullable(field("data", FieldKind.JSON)),
                nullable(field("blob", FieldKind.BINARY)),
                withDefault(field("length", FieldKind.DURATION), "PT1M"),
                nullable(field("note", FieldKind.TEXT)),
                nullable(field("rating", FieldKind.DOUBLE)),
                nullable(field("at", FieldKind.TIME)),
                indexed(withDefault(field("copies", FieldKind.INT), "0")),
                withDefault(field("views", FieldKind.LONG), "0")),
                List.of(new IndexSpec("", List.of("published", "-rating"))),
                List.of(new UniqueSpec("", List.of("status", "copies"))),
                List.of(new CheckSpec(name + "_price_ok", "price__gte=0 & status__in=DRAFT,LIVE")));
    }

    @EachBackend
    void createsTableWithTypesDefaultsAndConstraints(Database db) throws Exception {
        SchemaEditor editor = SchemaEditor.forVendor(db.vendor());
        String name = "zs_book_" + ThreadLocalRandom.current().nextInt(1_000_000);
        Table table = book(name);
        try (Connection c = db.dataSource().getConnection()) {
            run(c, editor.createTable(table));
            try {
                insert(c, editor, name, "'A', 1, 'DRAFT'");
                try (ResultSet rs = c.createStatement().executeQuery("SELECT price, active, status, length, copies FROM "
                        + editor.quote(name))) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getBigDecimal(1)).isEqualByComparingTo("0");
                    assertThat(rs.getBoolean(2)).isTrue();
                    assertThat(rs.getString(3)).isEqualTo("DRAFT");
                    assertThat(rs.getLong(4)).isEqualTo(60_000_000L);
                }
                assertThatThrownBy(() -> insert(c, editor, name, "'A', 2, 'DRAFT'"))
                        .as("unique title").isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> insert(c, editor, name, "'B', 3, 'GONE'"))
                        .as("check on status").isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> insert(c, editor, name, "'C', 1, 'DRAFT'"))
                        .as("composite unique status+copies").isInstanceOf(SQLException.class);
            } finally {
                run(c, editor.dropTable(table));
            }
        }
    }

    private static void insert(Connection c, SchemaEditor e, String table, String values) throws SQLException {
        run(c, List.of("INSERT INTO " + e.quote(table) + " (" + e.quote("title") + ", " + e.quote("copies")
                + ", " + e.quote("status") + ") VALUES (" + values + ")"));
    }

    @EachBackend
    void altersColumnsIndexesConstraintsAndTables(Database db) throws Exception {
        SchemaEditor editor = SchemaEditor.forVendor(db.vendor());
        String name = "zs_alt_" + ThreadLocalRandom.current().nextInt(1_000_000);
        Table table = new Table(name, List.of(pk(), chars("title", 20), field("qty", FieldKind.INT)),
                List.of(), List.of(), List.of());
        try (Connection c = db.dataSource().getConnection()) {
            run(c, editor.createTable(table));
            String current = name;
            try {
                run(c, List.of("INSERT INTO " + editor.quote(name) + " (" + editor.quote("title") + ", "
                        + editor.quote("qty") + ") VALUES ('x', 5)"));
                var note = nullable(chars("note", 10));
                run(c, editor.addColumn(table, note));
                table = table.withFields(SchemaEditor.append(table.fields(), note));
                var flag = withDefault(field("flag", FieldKind.BOOLEAN), "false");
                run(c, editor.addColumn(table, flag));
                table = table.withFields(SchemaEditor.append(table.fields(), flag));
                assertThat(columns(c, editor, name)).containsExactly("id", "title", "qty", "note", "flag");

                var wider = unique(chars("title", 200));
                run(c, editor.alterColumn(table, table.requireField("title"), wider));
                table = table.mapField("title", f -> wider);
                run(c, List.of("INSERT INTO " + editor.quote(name) + " (" + editor.quote("title") + ", "
                        + editor.quote("qty") + ") VALUES ('" + "y".repeat(150) + "', 1)"));

                run(c, editor.renameColumn(table, "qty", "quantity"));
                table = table.mapField("qty", f -> SchemaEditor.withColumn(f, "quantity"));
                assertThat(columns(c, editor, name)).contains("quantity").doesNotContain("qty");

                IndexSpec idx = new IndexSpec("", List.of("qty", "-title"));
                run(c, editor.addIndex(table, idx, editor.supportsConcurrentIndex()));
                run(c, editor.renameIndex(table, idx, name + "_q_idx"));
                run(c, editor.dropIndex(table, new IndexSpec(name + "_q_idx", idx.fields()), false));

                UniqueSpec uq = new UniqueSpec("", List.of("note", "qty"));
                run(c, editor.addUnique(table, uq, true));
                run(c, editor.dropUnique(table, uq));

                CheckSpec positive = new CheckSpec(name + "_qty_pos", "qty__gt=0");
                run(c, editor.addCheck(table, positive, true));
                run(c, editor.validateCheck(table, positive));
                table = table.withChecks(List.of(positive));
                assertThatThrownBy(() -> run(c, List.of("INSERT INTO " + editor.quote(name) + " ("
                        + editor.quote("title") + ", " + editor.quote("quantity") + ") VALUES ('z', -1)")))
                        .isInstanceOf(SQLException.class);
                run(c, editor.dropCheck(table, positive));
                table = table.withChecks(List.of());

                run(c, editor.dropColumn(table, "note"));
                table = table.withFields(table.fields().stream().filter(f -> !f.name().equals("note")).toList());
                assertThat(columns(c, editor, name)).containsExactly("id", "title", "quantity", "flag");

                String renamed = name + "_r";
                run(c, editor.renameTable(table, renamed));
                current = renamed;
                table = table.withName(renamed);
                assertThat(count(c, editor, renamed)).isEqualTo(2);
                // The unique flag's index followed the table's new name.
                run(c, editor.alterColumn(table, table.requireField("title"), chars("title", 200)));
            } finally {
                run(c, List.of("DROP TABLE " + editor.quote(current)));
            }
        }
    }

    private static List<String> columns(Connection c, SchemaEditor e, String table) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM " + e.quote(table) + " WHERE 1 = 0")) {
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                names.add(rs.getMetaData().getColumnName(i));
            }
            return names;
        }
    }

    private static int count(Connection c, SchemaEditor e, String table) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM " + e.quote(table))) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void run(Connection c, List<String> sql) throws SQLException {
        for (String statement : sql) {
            try (var st = c.createStatement()) {
                st.execute(statement);
            } catch (SQLException e) {
                // The failing statement is the one thing the editor's output needs to be debugged.
                throw new SQLException(e.getMessage() + " [sql: " + statement + "]", e.getSQLState(), e);
            }
        }
    }
}

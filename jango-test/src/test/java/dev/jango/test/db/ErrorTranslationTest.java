package dev.jango.test.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.CheckViolation;
import dev.jango.db.DataError;
import dev.jango.db.ForeignKeyViolation;
import dev.jango.db.IntegrityError;
import dev.jango.db.NotNullViolation;
import dev.jango.db.OperationalError;
import dev.jango.db.ProgrammingError;
import dev.jango.db.UniqueViolation;
import dev.jango.db.connection.BoundValue;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.Vendor;
import java.util.Arrays;
import java.util.List;

@DatabaseTest
class ErrorTranslationTest {
    private static final String INSERT_CHILD = "INSERT INTO child (id, parent_id, name, qty) VALUES (?, ?, ?, ?)";

    private static void createTables(Database db) {
        db.execute("CREATE TABLE parent (id integer NOT NULL PRIMARY KEY)");
        db.execute("CREATE TABLE child (id integer NOT NULL PRIMARY KEY, "
                + "parent_id integer NOT NULL, name varchar(10) NOT NULL, qty integer NOT NULL, "
                + "CONSTRAINT child_name_uniq UNIQUE (name), CONSTRAINT child_qty_nonneg CHECK (qty >= 0), "
                + "CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id))");
        db.update("INSERT INTO parent (id) VALUES (?)", List.of(BoundValue.of(1)));
        insertChild(db, 1, 1, "first", 0);
    }

    private static int insertChild(Database db, Object... values) {
        return db.update(INSERT_CHILD, Arrays.stream(values).map(BoundValue::of).toList());
    }

    @BackendTest
    void duplicateIsAUniqueViolationNamingTheConstraint(Database db) {
        createTables(db);
        assertThatThrownBy(() -> insertChild(db, 2, 1, "first", 0))
                .isInstanceOfSatisfying(UniqueViolation.class, e -> {
                    assertThat(e.sql()).isEqualTo(INSERT_CHILD);
                    assertThat(e.getMessage()).contains("[SQL: " + INSERT_CHILD + "]");
                    assertThat(e.constraint()).get().asString()
                            .contains(db.vendor() == Vendor.SQLITE ? "child.name" : "child_name_uniq");
                    if (db.vendor() != Vendor.MARIADB) {
                        assertThat(e.table()).contains("child");
                    }
                });
        assertThatThrownBy(() -> insertChild(db, 1, 1, "other", 0)).isInstanceOf(UniqueViolation.class);
    }

    @BackendTest
    void nullIsANotNullViolationNamingTheColumn(Database db) {
        createTables(db);
        assertThatThrownBy(() -> db.update(INSERT_CHILD, List.of(BoundValue.of(2), BoundValue.of(1),
                new BoundValue(null, dev.jango.db.meta.FieldKind.CHAR), BoundValue.of(0))))
                .isInstanceOfSatisfying(NotNullViolation.class, e ->
                        assertThat(e.constraint()).get().asString().contains("name"));
    }

    @BackendTest
    void failedCheckIsACheckViolation(Database db) {
        createTables(db);
        assertThatThrownBy(() -> insertChild(db, 2, 1, "neg", -1))
                .isInstanceOfSatisfying(CheckViolation.class, e ->
                        assertThat(e.constraint()).get().asString().contains("child_qty_nonneg"));
    }

    @BackendTest
    void missingParentIsAForeignKeyViolation(Database db) {
        createTables(db);
        assertThatThrownBy(() -> insertChild(db, 2, 99, "orphan", 0)).isInstanceOf(ForeignKeyViolation.class);
        assertThatThrownBy(() -> db.update("DELETE FROM parent", List.of()))
                .isInstanceOf(ForeignKeyViolation.class).isInstanceOf(IntegrityError.class);
    }

    @BackendTest
    void unknownTableAndBadSyntaxAreProgrammingErrors(Database db) {
        assertThatThrownBy(() -> db.execute("SELECT * FROM no_such_table"))
                .isInstanceOf(ProgrammingError.class).hasMessageContaining("no_such_table");
        assertThatThrownBy(() -> db.execute("SELEC 1")).isInstanceOf(ProgrammingError.class)
                .hasMessageContaining("[SQL: SELEC 1]");
    }

    @BackendTest(only = {Vendor.POSTGRESQL, Vendor.MARIADB})
    void tooLongValueIsADataError(Database db) {
        createTables(db);
        assertThatThrownBy(() -> insertChild(db, 2, 1, "much too long a name", 0)).isInstanceOf(DataError.class);
    }

    @BackendTest
    void failedStatementInsideASavepointLeavesTheTransactionIntact(Database db) {
        createTables(db);
        db.atomic(() -> {
            assertThatThrownBy(() -> db.atomic(() -> insertChild(db, 2, 99, "orphan", 0)))
                    .isInstanceOf(ForeignKeyViolation.class);
            insertChild(db, 3, 1, "ok", 1);
        });
        int children = db.query("SELECT count(*) FROM child", List.of(), rs -> rs.next() ? rs.getInt(1) : 0);
        assertThat(children).isEqualTo(2);
    }

    @BackendTest(only = Vendor.POSTGRESQL)
    void unreachableServerIsAnOperationalError(Database db) {
        try (Database down = Database.open("down", "postgresql://nobody@127.0.0.1:1/none?connectTimeout=1&poolWaitMs=1500")) {
            assertThatThrownBy(() -> down.execute("SELECT 1")).isInstanceOf(OperationalError.class)
                    .hasMessageContaining("127.0.0.1");
        }
    }
}

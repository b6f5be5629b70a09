package dev.jango.test.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.db.connection.BoundValue;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.Vendor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The connection settings every SQLite pool gets. */
@DatabaseTest
class SqliteSettingsTest {

    private static String pragma(Database db, String name) {
        return db.query("PRAGMA " + name, List.of(), rs -> rs.next() ? rs.getString(1) : "");
    }

    @BackendTest(only = Vendor.SQLITE)
    void fileDatabasesUseWalForeignKeysAndABusyTimeout(Database db) {
        assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
        assertThat(pragma(db, "foreign_keys")).isEqualTo("1");
        assertThat(pragma(db, "busy_timeout")).isEqualTo("5000");
    }

    @Test
    void memoryDatabaseKeepsItsDataAcrossStatementsOnItsOneConnection() {
        try (Database db = Database.open("mem", "sqlite::memory:")) {
            db.execute("CREATE TABLE t (x integer)");
            db.update("INSERT INTO t (x) VALUES (?)", List.of(BoundValue.of(7)));
            db.atomic(() -> db.update("INSERT INTO t (x) VALUES (?)", List.of(BoundValue.of(8))));
            int sum = db.query("SELECT sum(x) FROM t", List.of(), rs -> rs.next() ? rs.getInt(1) : 0);
            assertThat(sum).isEqualTo(15);
            assertThat(pragma(db, "foreign_keys")).isEqualTo("1");
        }
    }
}

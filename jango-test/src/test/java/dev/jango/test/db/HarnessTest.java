package dev.jango.test.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.db.Db;
import dev.jango.db.connection.BoundValue;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.Vendor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInfo;

/** The harness itself: one invocation per backend, fresh model tables per test, the database bound and injected. */
@DatabaseTest(models = Note.class)
class HarnessTest {
    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    private static List<Note> notes(Database db) {
        return db.query("SELECT id, title FROM note ORDER BY id", List.of(), rs -> {
            List<Note> out = new ArrayList<>();
            while (rs.next()) {
                out.add(NoteMeta.NOTE.mapRow(rs, 0, db.reader()));
            }
            return out;
        });
    }

    @BackendTest
    void firstTestWritesARow(Database db, TestInfo info) {
        SEEN.add(info.getDisplayName());
        assertThat(notes(db)).isEmpty();
        db.update("INSERT INTO note (title) VALUES (?)", List.of(BoundValue.of("one")));
        db.execute("CREATE TABLE scratch (x integer)");
        assertThat(notes(db)).extracting(n -> n.title).containsExactly("one");
    }

    @BackendTest
    void secondTestStartsEmptyAgain(Database db, TestInfo info) {
        SEEN.add(info.getDisplayName());
        assertThat(notes(db)).isEmpty();
        // The scratch table of the other test is gone too: creating it again succeeds.
        db.execute("CREATE TABLE scratch (x integer)");
        db.update("INSERT INTO note (title) VALUES (?)", List.of(BoundValue.of("two")));
        assertThat(notes(db)).extracting(n -> n.id).containsExactly(1L);
    }

    @BackendTest
    void databaseIsBoundForTheCall(Database db) throws Exception {
        assertThat(Db.database()).isSameAs(db);
        try (Database other = Database.open("other", "sqlite::memory:")) {
            assertThat(Db.using(other, () -> Db.database().alias())).isEqualTo("other");
        }
        assertThat(Db.database()).isSameAs(db);
    }

    @BackendTest(only = Vendor.POSTGRESQL)
    void onlyRestrictsTheBackends(Database db) {
        assertThat(db.vendor()).isEqualTo(Vendor.POSTGRESQL);
    }

    @AfterAll
    static void displayNamesCarryTheBackend() {
        assertThat(SEEN).contains("[sqlite] firstTestWritesARow(Database, TestInfo)",
                "[sqlite] secondTestStartsEmptyAgain(Database, TestInfo)");
        assertThat(SEEN).allMatch(name -> name.startsWith("[sqlite] ") || name.startsWith("[postgresql] ")
                || name.startsWith("[mariadb] "));
    }
}

package dev.jango.test.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.Db;
import dev.jango.db.UniqueViolation;
import dev.jango.db.connection.AtomicBlockFailed;
import dev.jango.db.connection.BoundValue;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.Vendor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

@DatabaseTest
class TransactionTest {

    private static void createTable(Database db) {
        db.execute("CREATE TABLE item (name varchar(20) NOT NULL UNIQUE)");
    }

    private static void insert(Database db, String name) {
        db.update("INSERT INTO item (name) VALUES (?)", List.of(BoundValue.of(name)));
    }

    private static List<String> names(Database db) {
        return db.query("SELECT name FROM item ORDER BY name", List.of(), rs -> {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        });
    }

    @SuppressWarnings("unchecked")
    private static <X extends Throwable> void sneakyThrow(Throwable t) throws X {
        throw (X) t;
    }

    @BackendTest
    void commitsWhenTheBodyReturns(Database db) {
        createTable(db);
        String result = db.atomic(() -> {
            insert(db, "a");
            assertThat(db.inAtomic()).isTrue();
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(db.inAtomic()).isFalse();
        assertThat(names(db)).containsExactly("a");
    }

    @BackendTest
    void rollsBackOnAnUncheckedException(Database db) {
        createTable(db);
        assertThatThrownBy(() -> db.atomic(() -> {
            insert(db, "a");
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(names(db)).isEmpty();
    }

    @BackendTest
    void rollsBackOnACheckedExceptionAndWrapsIt(Database db) {
        createTable(db);
        assertThatThrownBy(() -> db.atomic(() -> {
            insert(db, "a");
            sneakyThrow(new IOException("disk"));
        })).isInstanceOf(AtomicBlockFailed.class).hasCauseInstanceOf(IOException.class)
                .hasMessageContaining("'default'").hasMessageContaining("disk");
        assertThat(names(db)).isEmpty();
    }

    @BackendTest
    void nestedBlockRollsBackOnlyToItsSavepoint(Database db) {
        createTable(db);
        db.atomic(() -> {
            insert(db, "outer");
            assertThatThrownBy(() -> db.atomic(() -> {
                insert(db, "inner");
                throw new IllegalArgumentException("undo inner");
            })).hasMessage("undo inner");
            db.atomic(() -> insert(db, "second"));
        });
        assertThat(names(db)).containsExactly("outer", "second");
    }

    @BackendTest
    void outerRollbackUndoesCommittedInnerBlocks(Database db) {
        createTable(db);
        assertThatThrownBy(() -> db.atomic(() -> {
            db.atomic(() -> insert(db, "inner"));
            throw new IllegalStateException("outer fails");
        })).hasMessage("outer fails");
        assertThat(names(db)).isEmpty();
    }

    @BackendTest
    void blockStaysUsableAfterAFailedStatementInASavepoint(Database db) {
        // On PostgreSQL a failed statement aborts the transaction; the savepoint rollback is what revives it.
        createTable(db);
        db.atomic(() -> {
            insert(db, "a");
            assertThatThrownBy(() -> db.atomic(() -> insert(db, "a"))).isInstanceOf(UniqueViolation.class);
            insert(db, "b");
        });
        assertThat(names(db)).containsExactly("a", "b");
    }

    @BackendTest
    void onCommitRunsAfterTheOutermostCommitOnly(Database db) {
        createTable(db);
        List<String> events = new ArrayList<>();
        db.atomic(() -> {
            db.onCommit(() -> events.add("outer:" + names(db)));
            db.atomic(() -> {
                insert(db, "a");
                db.onCommit(() -> events.add("inner"));
            });
            events.add("body done");
        });
        assertThat(events).containsExactly("body done", "outer:[a]", "inner");
    }

    @BackendTest
    void onCommitIsDroppedOnRollback(Database db) {
        createTable(db);
        List<String> events = new ArrayList<>();
        db.atomic(() -> {
            db.onCommit(() -> events.add("kept"));
            assertThatThrownBy(() -> db.atomic(() -> {
                db.onCommit(() -> events.add("dropped with savepoint"));
                throw new IllegalStateException("inner");
            })).hasMessage("inner");
        });
        assertThatThrownBy(() -> db.atomic(() -> {
            db.onCommit(() -> events.add("dropped with transaction"));
            throw new IllegalStateException("outer");
        })).hasMessage("outer");
        assertThat(events).containsExactly("kept");
    }

    @BackendTest
    void onCommitOutsideAtomicRunsAtOnce(Database db) {
        List<String> events = new ArrayList<>();
        db.onCommit(() -> events.add("now"));
        assertThat(events).containsExactly("now");
    }

    @BackendTest
    void statementsInsideAtomicUseItsConnection(Database db) {
        createTable(db);
        db.atomic(() -> {
            insert(db, "a");
            // Another connection does not see the uncommitted row (on SQLite the writer's lock would block it).
            if (db.vendor() != Vendor.SQLITE) {
                List<List<String>> seen = new ArrayList<>();
                Thread reader = Thread.ofVirtual().unstarted(() -> seen.add(names(db)));
                reader.start();
                joinUninterruptibly(reader);
                assertThat(seen).containsExactly(List.of());
            }
            assertThat(names(db)).containsExactly("a");
        });
    }

    @BackendTest
    void concurrentAtomicWritersDoNotDeadlock(Database db) throws InterruptedException {
        // SQLite: BEGIN IMMEDIATE makes writers queue on busy_timeout instead of failing with "database is locked".
        db.execute("CREATE TABLE counter (n integer NOT NULL)");
        db.update("INSERT INTO counter (n) VALUES (?)", List.of(BoundValue.of(0)));
        List<Thread> writers = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int w = 0; w < 4; w++) {
            writers.add(Thread.ofVirtual().start(() -> {
                try {
                    for (int i = 0; i < 25; i++) {
                        db.atomic(() -> {
                            int n = db.query("SELECT n FROM counter", List.of(), rs -> rs.next() ? rs.getInt(1) : -1);
                            db.update("UPDATE counter SET n = ? WHERE n = ?", List.of(BoundValue.of(n + 1), BoundValue.of(n)));
                        });
                    }
                } catch (Throwable t) {
                    failures.add(t);
                }
            }));
        }
        for (Thread t : writers) {
            t.join();
        }
        assertThat(failures).isEmpty();
        int n = db.query("SELECT n FROM counter", List.of(), rs -> rs.next() ? rs.getInt(1) : -1);
        assertThat(n).as("lost updates are allowed on servers (read committed), never errors").isBetween(1, 100);
        if (db.vendor() == Vendor.SQLITE) {
            assertThat(n).as("SQLite serialises writers").isEqualTo(100);
        }
    }

    @BackendTest
    void harnessBindsTheBackendAsTheDefaultDatabase(Database db) {
        assertThat(Db.database()).isSameAs(db);
        assertThat(Db.database("default")).isSameAs(db);
    }

    private static void joinUninterruptibly(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

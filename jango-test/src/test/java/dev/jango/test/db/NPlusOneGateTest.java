package dev.jango.test.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.connection.BoundValue;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.Queries;
import dev.jango.db.connection.QueryLog;
import java.util.List;

/** The N+1 gate: ten single-row reads of one shape fail the check with shape, count and call site. */
// The gate is off for this class: its tests loop reads on purpose and call the check themselves.
@DatabaseTest(nPlusOneThreshold = 0)
class NPlusOneGateTest {

    private static QueryLog tenSingleRowGets(Database db) {
        db.execute("CREATE TABLE item (id integer NOT NULL, name varchar(20))");
        for (int i = 0; i < 10; i++) {
            db.update("INSERT INTO item (id, name) VALUES (?, ?)", List.of(BoundValue.of(i), BoundValue.of("n" + i)));
        }
        return Queries.capture(() -> {
            for (int i = 0; i < 10; i++) {
                db.query("SELECT name FROM item WHERE id = ?", List.of(BoundValue.of(i)),
                        rs -> rs.next() ? rs.getString(1) : null);
            }
        });
    }

    @BackendTest
    void tenSingleRowGetsFailTheGateNamingShapeCountAndCallSite(Database db) {
        QueryLog log = tenSingleRowGets(db);
        assertThatThrownBy(() -> NPlusOneCheck.check(log, 5)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("10x SELECT name FROM item WHERE id = ?")
                .hasMessageContaining("first at NPlusOneGateTest.").hasMessageContaining("(NPlusOneGateTest.java:25)");
    }

    @BackendTest
    void aHigherThresholdOrZeroLetsItPass(Database db) {
        QueryLog log = tenSingleRowGets(db);
        assertThatCode(() -> NPlusOneCheck.check(log, 11)).doesNotThrowAnyException();
        assertThatCode(() -> NPlusOneCheck.check(log, 0)).doesNotThrowAnyException();
    }

    @BackendTest
    void repeatedWritesAreSetupNotAnNPlusOne(Database db) {
        db.execute("CREATE TABLE item (id integer NOT NULL)");
        QueryLog log = Queries.capture(() -> {
            for (int i = 0; i < 10; i++) {
                db.update("INSERT INTO item (id) VALUES (?)", List.of(BoundValue.of(i)));
            }
        });
        assertThat(log.repeatedShapes(5)).hasSize(1);
        assertThatCode(() -> NPlusOneCheck.check(log, 5)).doesNotThrowAnyException();
    }
}

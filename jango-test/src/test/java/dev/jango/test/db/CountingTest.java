package dev.jango.test.db;

import static dev.jango.test.db.QueryAssertions.assertMaxQueries;
import static dev.jango.test.db.QueryAssertions.assertNumQueries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.ProgrammingError;
import dev.jango.db.connection.BoundValue;
import dev.jango.db.connection.Captured;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.ExecutedQuery;
import dev.jango.db.connection.QueryLog;
import dev.jango.db.connection.Queries;
import java.util.List;
import org.opentest4j.AssertionFailedError;

@DatabaseTest
class CountingTest {

    private static int count(Database db) {
        return db.query("SELECT count(*) FROM item", List.of(), rs -> rs.next() ? rs.getInt(1) : -1);
    }

    @BackendTest
    void captureRecordsEveryStatementWithSqlParamsAndTime(Database db) {
        db.execute("CREATE TABLE item (id integer NOT NULL, name varchar(20))");
        QueryLog log = Queries.capture(() -> {
            db.update("INSERT INTO item (id, name) VALUES (?, ?)", List.of(BoundValue.of(1), BoundValue.of("x")));
            db.atomic(() -> db.update("UPDATE item SET name = ? WHERE id = ?",
                    List.of(BoundValue.of("y"), BoundValue.of(1))));
            count(db);
        });
        assertThat(log.count()).isEqualTo(3);
        List<ExecutedQuery> statements = log.statements();
        assertThat(statements.get(0).sql()).startsWith("INSERT INTO item");
        assertThat(statements.get(0).params()).containsExactly(1, "x");
        assertThat(statements.get(0).alias()).isEqualTo("default");
        assertThat(statements.get(1).params()).containsExactly("y", 1);
        assertThat(statements).allSatisfy(q -> assertThat(q.nanos()).isPositive());
        assertThat(log.totalMillis()).isPositive();
    }

    @BackendTest
    void captureReturnsTheValueWithItsLog(Database db) {
        db.execute("CREATE TABLE item (id integer)");
        Captured<Integer> captured = Queries.capture(() -> count(db));
        assertThat(captured.value()).isZero();
        assertThat(captured.log().count()).isEqualTo(1);
    }

    @BackendTest
    void nestedScopesEachSeeTheStatementsRunInsideThem(Database db) throws Exception {
        db.execute("CREATE TABLE item (id integer)");
        QueryLog outer = new QueryLog();
        QueryLog inner = Queries.scope(outer, () -> {
            count(db);
            QueryLog nested = Queries.capture(() -> count(db)).log();
            count(db);
            return nested;
        });
        assertThat(inner.count()).isEqualTo(1);
        assertThat(outer.count()).isEqualTo(3);
    }

    @BackendTest
    void failedStatementsAreCountedToo(Database db) {
        QueryLog log = Queries.capture(() -> {
            assertThatThrownBy(() -> db.execute("SELECT * FROM no_such_table")).isInstanceOf(ProgrammingError.class);
        });
        assertThat(log.count()).isEqualTo(1);
    }

    @BackendTest
    void nothingIsRecordedOutsideAScope(Database db) {
        db.execute("CREATE TABLE item (id integer)");
        count(db);
        QueryLog log = Queries.capture(() -> { });
        assertThat(log.count()).isZero();
    }

    @BackendTest
    void queryBudgetsPassAndFailWithTheStatementList(Database db) {
        db.execute("CREATE TABLE item (id integer)");
        assertNumQueries(1, () -> count(db));
        assertMaxQueries(2, () -> count(db));
        assertThatThrownBy(() -> assertNumQueries(1, () -> {
            count(db);
            db.update("INSERT INTO item (id) VALUES (?)", List.of(BoundValue.of(42)));
        })).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("expected exactly 1 statements, but 2 ran")
                .hasMessageContaining("1. [default] SELECT count(*) FROM item")
                .hasMessageContaining("2. [default] INSERT INTO item (id) VALUES (?) params=[42]");
        assertThatThrownBy(() -> assertMaxQueries(0, () -> count(db)))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("at most 0");
    }

    @BackendTest
    void streamingThroughPreparedIsOneCountedStatement(Database db) {
        db.execute("CREATE TABLE item (id integer)");
        db.atomic(() -> {
            for (int i = 0; i < 300; i++) {
                db.update("INSERT INTO item (id) VALUES (?)", List.of(BoundValue.of(i)));
            }
        });
        Captured<Long> streamed = Queries.capture(() -> db.atomic(() -> db.prepared(
                "SELECT id FROM item WHERE id >= ? ORDER BY id", List.of(BoundValue.of(100)), ps -> {
                    ps.setFetchSize(25);
                    long sum = 0;
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            sum += rs.getInt(1);
                        }
                    }
                    return sum;
                })));
        assertThat(streamed.value()).isEqualTo((100L + 299L) * 200L / 2);
        assertThat(streamed.log().count()).isEqualTo(1);
        assertThat(streamed.log().statements().getFirst().params()).containsExactly(100);
    }

    @BackendTest
    void budgetBlocksRethrowTheirOwnExceptions(Database db) {
        assertThatThrownBy(() -> assertNumQueries(0, () -> {
            throw new java.io.IOException("from the block");
        })).isInstanceOf(java.io.IOException.class).hasMessage("from the block");
    }
}

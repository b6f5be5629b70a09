package dev.jango.test.routing;

import static dev.jango.test.routing.ShelfMeta.SHELF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.connection.Database;
import dev.jango.db.connection.Queries;
import dev.jango.db.connection.QueryLog;
import dev.jango.db.query.ExplainNotSupported;
import dev.jango.db.query.ExplainOption;
import dev.jango.test.db.BackendTest;
import dev.jango.test.db.DatabaseTest;

/** {@code QuerySet.explain()} returns each backend's own plan text. */
@DatabaseTest(models = Shelf.class)
class ExplainTest {

    @BackendTest
    void explainsTheQueryWithTheBackendsPlanStatement(Database db) {
        Shelf.objects.create(s -> s.name = "a");
        QueryLog log = Queries.capture(() -> {
            String plan = Shelf.objects.filter(SHELF.name.eq("a")).explain();
            switch (db.vendor()) {
                case POSTGRESQL -> assertThat(plan).containsPattern("(Scan|Index).*shelf").contains("cost=");
                case MARIADB -> assertThat(plan).startsWith("id | select_type | table").contains("shelf");
                case SQLITE -> assertThat(plan).startsWith("QUERY PLAN").containsPattern("(SCAN|SEARCH) shelf");
            }
        });
        assertThat(log.count()).isEqualTo(1);
        assertThat(log.statements().getFirst().sql()).startsWith(switch (db.vendor()) {
            case SQLITE -> "EXPLAIN QUERY PLAN SELECT";
            default -> "EXPLAIN SELECT";
        });
    }

    @BackendTest
    void analyzeRunsTheQueryOrSaysItCannot(Database db) {
        Shelf.objects.create(s -> s.name = "a");
        var qs = Shelf.objects.filter(SHELF.name.eq("a"));
        switch (db.vendor()) {
            case POSTGRESQL -> assertThat(qs.explain(ExplainOption.ANALYZE)).contains("actual time=");
            case MARIADB -> assertThat(qs.explain(ExplainOption.ANALYZE)).contains("r_rows");
            case SQLITE -> {
                QueryLog log = Queries.capture(() -> {
                    assertThatThrownBy(() -> qs.explain(ExplainOption.ANALYZE))
                            .isInstanceOf(ExplainNotSupported.class)
                            .hasMessageContaining("Shelf")
                            .hasMessageContaining("not supported on SQLite");
                });
                assertThat(log.count()).as("refused before any SQL").isZero();
            }
        }
    }
}

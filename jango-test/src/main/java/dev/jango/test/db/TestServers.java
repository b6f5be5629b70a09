package dev.jango.test.db;

import dev.jango.db.connection.Database;
import dev.jango.db.connection.DatabaseUrl;
import dev.jango.db.connection.Vendor;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The database servers of this test JVM, found once: PostgreSQL from {@code JANGO_TEST_POSTGRES_URL} or an
 * embedded PostgreSQL, MariaDB from {@code JANGO_TEST_MARIADB_URL}. Kept in the root JUnit store, which closes it
 * (and stops the embedded server) when the run ends.
 */
final class TestServers implements AutoCloseable {
    static final String POSTGRES_ENV = "JANGO_TEST_POSTGRES_URL";
    static final String MARIADB_ENV = "JANGO_TEST_MARIADB_URL";

    /** A server's URL, or why there is none. */
    record Server(Optional<DatabaseUrl> url, String problem) {
        static Server up(DatabaseUrl url) {
            return new Server(Optional.of(url), "");
        }

        static Server down(String problem) {
            return new Server(Optional.empty(), problem);
        }
    }

    private final Map<Vendor, Server> servers = new EnumMap<>(Vendor.class);
    private EmbeddedPostgres embedded;

    static TestServers of(ExtensionContext context) {
        return context.getRoot().getStore(DatabaseExtension.NAMESPACE)
                .computeIfAbsent(TestServers.class, k -> new TestServers(), TestServers.class);
    }

    static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** The server for {@code vendor} (checked with {@code SELECT 1} the first time). SQLite needs none. */
    synchronized Server server(Vendor vendor) {
        return servers.computeIfAbsent(vendor, this::find);
    }

    private Server find(Vendor vendor) {
        return switch (vendor) {
            case SQLITE -> Server.down("SQLite needs no server");
            case POSTGRESQL -> fromEnv(POSTGRES_ENV).orElseGet(this::embeddedPostgres);
            case MARIADB -> fromEnv(MARIADB_ENV).orElseGet(() -> Server.down(MARIADB_ENV
                    + " is unset (e.g. " + MARIADB_ENV + "=mariadb://root@127.0.0.1:3306/test)"));
        };
    }

    private static Optional<Server> fromEnv(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        DatabaseUrl url;
        try {
            url = DatabaseUrl.parse(value);
        } catch (IllegalArgumentException e) {
            return Optional.of(Server.down(variable + " is not a valid database URL: " + e.getMessage()));
        }
        return Optional.of(reachable(url, variable));
    }

    /** Starts (once) an embedded PostgreSQL from the zonky binaries jar. */
    synchronized Server embeddedPostgres() {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException | RuntimeException e) {
                return Server.down("embedded PostgreSQL did not start: " + e);
            }
        }
        DatabaseUrl url = DatabaseUrl.parse("postgresql://postgres@localhost:" + embedded.getPort() + "/postgres");
        return reachable(url, "embedded PostgreSQL");
    }

    private static Server reachable(DatabaseUrl url, String source) {
        try (Database probe = Database.open("probe", url.withPoolSize(1))) {
            probe.query("SELECT 1", List.of(), rs -> rs.next());
            return Server.up(url);
        } catch (RuntimeException e) {
            return Server.down(url.vendor().label() + " at " + url + " (from " + source + ") is unreachable: "
                    + e.getMessage());
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }
}

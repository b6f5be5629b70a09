package dev.jango.db.schema;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Plain JDBC connections to the three backends for the schema editor's own tests (the jango-test harness sits
 * above jango-db). URLs come from {@code JANGO_TEST_POSTGRES_URL} / {@code JANGO_TEST_MARIADB_URL}, defaulting
 * to the local servers; when {@code CI=true} an unreachable server fails the test instead of skipping it.
 */
final class Backends {
    private Backends() {
    }

    static Stream<String> names() {
        return Stream.of("sqlite", "postgresql", "mariadb");
    }

    static Connection open(String vendor) throws Exception {
        return switch (vendor) {
            case "sqlite" -> {
                Path file = Files.createTempFile("jango-schema", ".sqlite3");
                file.toFile().deleteOnExit();
                yield DriverManager.getConnection("jdbc:sqlite:" + file);
            }
            case "postgresql" -> connect(env("JANGO_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"),
                    "postgresql");
            case "mariadb" -> connect(env("JANGO_TEST_MARIADB_URL", "mariadb://root@127.0.0.1:3306/test"), "mariadb");
            default -> throw new IllegalArgumentException(vendor);
        };
    }

    private static Connection connect(String url, String scheme) throws SQLException {
        URI uri = URI.create(url.replaceFirst("^mysql:", "mariadb:"));
        String user = "";
        String password = "";
        if (uri.getUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            user = parts[0];
            password = parts.length > 1 ? parts[1] : "";
        }
        String jdbc = "jdbc:" + scheme + "://" + uri.getHost() + ":" + uri.getPort() + uri.getPath();
        try {
            return DriverManager.getConnection(jdbc, user, password);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw e;
            }
            Assumptions.abort(scheme + " unreachable at " + jdbc + ": " + e.getMessage());
            throw e;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static void run(Connection c, List<String> sql) throws SQLException {
        for (String s : sql) {
            try (var st = c.createStatement()) {
                st.execute(s);
            } catch (SQLException e) {
                throw new SQLException(e.getMessage() + " [sql: " + s + "]", e.getSQLState(), e);
            }
        }
    }
}

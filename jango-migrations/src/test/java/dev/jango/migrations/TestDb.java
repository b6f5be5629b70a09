package dev.jango.migrations;

import dev.jango.db.connection.Database;
import dev.jango.db.connection.DatabaseUrl;
import dev.jango.db.schema.SchemaEditor;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;

/**
 * An isolated database per test on each backend: a temp SQLite file, a fresh PostgreSQL schema (search_path set
 * to it), a fresh MariaDB database. Dropped on close. URLs from {@code JANGO_TEST_POSTGRES_URL} /
 * {@code JANGO_TEST_MARIADB_URL}, else the local servers; unreachable is a skip, or a failure when {@code CI=true}.
 */
final class TestDb implements AutoCloseable {
    final String vendor;
    /** A separate session for the test's own setup and inspection; the executor runs on {@link #database}. */
    final Connection connection;
    /** The scratch database through db-conn, with one pooled connection as the migrate command opens it. */
    final Database database;
    final SchemaEditor editor;
    private final String scratch;
    private final Connection admin;

    private TestDb(String vendor, Connection connection, String scratch, Connection admin, DatabaseUrl url) {
        this.vendor = vendor;
        this.connection = connection;
        this.database = Database.open("default", url.withPoolSize(1));
        this.editor = SchemaEditor.forVendor(vendor);
        this.scratch = scratch;
        this.admin = admin;
    }

    static List<String> vendors() {
        return List.of("sqlite", "postgresql", "mariadb");
    }

    static TestDb open(String vendor) throws Exception {
        String scratch = "jm_" + Integer.toUnsignedString(ThreadLocalRandom.current().nextInt(), 36);
        switch (vendor) {
            case "sqlite" -> {
                Path file = Files.createTempFile("jango-mig", ".sqlite3");
                file.toFile().deleteOnExit();
                return new TestDb(vendor, DriverManager.getConnection("jdbc:sqlite:" + file), scratch, null,
                        DatabaseUrl.parse("sqlite:" + file));
            }
            case "postgresql" -> {
                String url = env("JANGO_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test");
                Connection c = connect(url, "postgresql", null);
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE SCHEMA " + scratch);
                    st.execute("SET search_path TO " + scratch);
                }
                return new TestDb(vendor, c, scratch, null,
                        DatabaseUrl.parse(url).withOption("currentSchema", scratch));
            }
            case "mariadb" -> {
                String url = env("JANGO_TEST_MARIADB_URL", "mariadb://root@127.0.0.1:3306/test");
                Connection admin = connect(url, "mariadb", null);
                try (Statement st = admin.createStatement()) {
                    st.execute("CREATE DATABASE " + scratch);
                }
                return new TestDb(vendor, connect(url, "mariadb", scratch), scratch, admin, DatabaseUrl.parse(url).withDatabase(scratch));
            }
            default -> throw new IllegalArgumentException(vendor);
        }
    }

    /** A second connection to the same PostgreSQL database (for lock tests). */
    static Connection postgresSibling() throws SQLException {
        return connect(env("JANGO_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"), "postgresql", null);
    }

    private static Connection connect(String url, String scheme, String database) throws SQLException {
        URI uri = URI.create(url.replaceFirst("^mysql:", "mariadb:"));
        String[] user = uri.getUserInfo() == null ? new String[] {"", ""} : (uri.getUserInfo() + ":").split(":", -1);
        String jdbc = "jdbc:" + scheme + "://" + uri.getHost() + ":" + uri.getPort()
                + (database == null ? uri.getPath() : "/" + database);
        try {
            return DriverManager.getConnection(jdbc, user[0], user[1]);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw e;
            }
            Assumptions.abort(scheme + " unreachable at " + jdbc + ": " + e.getMessage());
            throw e;
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** Table name → sorted column names, for the tables in this database (the migrations table excluded). */
    Map<String, TreeSet<String>> schema() throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        Map<String, TreeSet<String>> out = new TreeMap<>();
        String schema = vendor.equals("postgresql") ? scratch : null;
        String catalog = vendor.equals("mariadb") ? scratch : null;
        try (ResultSet rs = md.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String t = rs.getString("TABLE_NAME");
                if (!t.equals("jango_migrations") && !t.startsWith("sqlite_")) {
                    out.put(t, new TreeSet<>());
                }
            }
        }
        for (String t : out.keySet()) {
            try (ResultSet rs = md.getColumns(catalog, schema, t, "%")) {
                while (rs.next()) {
                    out.get(t).add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** Index names of {@code table} (primary key excluded). */
    TreeSet<String> indexes(String table) throws SQLException {
        TreeSet<String> out = new TreeSet<>();
        String schema = vendor.equals("postgresql") ? scratch : null;
        String catalog = vendor.equals("mariadb") ? scratch : null;
        try (ResultSet rs = connection.getMetaData().getIndexInfo(catalog, schema, table, false, false)) {
            while (rs.next()) {
                String n = rs.getString("INDEX_NAME");
                if (n != null && !n.equalsIgnoreCase("PRIMARY") && !n.endsWith("_pkey")
                        && !n.startsWith("sqlite_autoindex")) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        database.close();
        try {
            switch (vendor) {
                case "postgresql" -> {
                    try (Statement st = connection.createStatement()) {
                        st.execute("DROP SCHEMA " + scratch + " CASCADE");
                    }
                }
                case "mariadb" -> {
                    try (Statement st = admin.createStatement()) {
                        st.execute("DROP DATABASE " + scratch);
                    }
                    admin.close();
                }
                default -> {
                }
            }
        } finally {
            connection.close();
        }
    }
}

package dev.jango.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL the benchmark reads: {@code JANGO_BENCH_POSTGRES_URL} (default
 * {@code postgresql://postgres@127.0.0.1:5432/test}), or an embedded PostgreSQL when that is unreachable.
 */
final class BenchDatabase implements AutoCloseable {
    static final String DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/test";

    private final EmbeddedPostgres embedded;
    private final String url;
    private final String jdbcUrl;

    private BenchDatabase(EmbeddedPostgres embedded, String url) {
        this.embedded = embedded;
        this.url = url;
        this.jdbcUrl = jdbcUrl(url);
    }

    static BenchDatabase open() throws IOException {
        String url = System.getenv().getOrDefault("JANGO_BENCH_POSTGRES_URL", DEFAULT_URL);
        String jdbc = jdbcUrl(url);
        try (Connection c = DriverManager.getConnection(jdbc)) {
            c.isValid(2);
            return new BenchDatabase(null, url);
        } catch (SQLException unreachable) {
            System.err.println("[bench] " + url + " unreachable (" + unreachable.getMessage()
                    + "); starting an embedded PostgreSQL");
            EmbeddedPostgres pg = EmbeddedPostgres.start();
            return new BenchDatabase(pg, "postgresql://postgres@localhost:" + pg.getPort() + "/postgres");
        }
    }

    /** {@code postgresql://user:pass@host:port/db} → a JDBC URL. */
    static String jdbcUrl(String url) {
        URI uri = URI.create(url);
        if (!"postgresql".equals(uri.getScheme())) {
            throw new IllegalArgumentException("JANGO_BENCH_POSTGRES_URL must be postgresql://…, not " + url);
        }
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost())
                .append(':').append(uri.getPort() < 0 ? 5432 : uri.getPort()).append(uri.getPath());
        String info = uri.getUserInfo();
        if (info != null) {
            int colon = info.indexOf(':');
            jdbc.append("?user=").append(colon < 0 ? info : info.substring(0, colon));
            if (colon >= 0) {
                jdbc.append("&password=").append(info.substring(colon + 1));
            }
        }
        return jdbc.toString();
    }

    /** The Jango URL ({@code postgresql://…}) of the database in use. */
    String url() {
        return url;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }

    /** Makes {@code bench_book} hold exactly rows 1..{@code rows}, rebuilding it only when it does not. */
    void ensureBooks(int rows) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE IF NOT EXISTS bench_book (
                        id bigint PRIMARY KEY, title varchar(200) NOT NULL, price numeric(8, 2) NOT NULL,
                        published date NOT NULL, pages integer NOT NULL, in_print boolean NOT NULL,
                        created timestamptz NOT NULL, rating double precision)""");
            try (ResultSet rs = s.executeQuery("SELECT count(*), coalesce(max(id), 0) FROM bench_book")) {
                rs.next();
                if (rs.getLong(1) == rows && rs.getLong(2) == rows) {
                    return;
                }
            }
            s.execute("TRUNCATE bench_book");
            s.execute("""
                    INSERT INTO bench_book (id, title, price, published, pages, in_print, created, rating)
                    SELECT g, 'Book number ' || g, (g % 100000) / 100.0, date '2000-01-01' + (g % 9000), g % 900,
                           g % 2 = 0, timestamptz '2020-01-01 00:00:00+00' + g * interval '1 second',
                           CASE WHEN g % 3 = 0 THEN NULL ELSE g / 8.0 END
                    FROM generate_series(1, ROWS) g""".replace("ROWS", Integer.toString(rows)));
            s.execute("ANALYZE bench_book");
        }
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}

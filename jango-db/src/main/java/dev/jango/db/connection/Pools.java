package dev.jango.db.connection;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;

/** Builds the HikariCP pool for one alias, with each vendor's connection settings. */
final class Pools {
    private static final long SQLITE_BUSY_TIMEOUT_MS = 5_000;
    private static final long DEFAULT_WAIT_MS = 10_000;
    /** URL option: milliseconds to wait for a pooled connection (at least 250) before an OperationalError. */
    static final String WAIT_OPTION = "poolWaitMs";

    private Pools() {
    }

    static HikariDataSource create(String alias, DatabaseUrl url) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("jango-" + alias);
        config.setJdbcUrl(url.jdbcUrl());
        config.setMaximumPoolSize(url.poolSize());
        config.setMinimumIdle(Math.min(url.poolSize(), 1));
        // Start without a connection: a server that is down is reported at first use, as an OperationalError.
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(DEFAULT_WAIT_MS);
        url.userName().ifPresent(config::setUsername);
        if (!url.password().isEmpty()) {
            config.setPassword(url.password());
        }
        switch (url.vendor()) {
            case SQLITE -> sqlite(config, url);
            case POSTGRESQL -> config.addDataSourceProperty("ApplicationName", "jango");
            case MARIADB -> {
                // UTC on the wire: datetime(6) columns hold UTC wall-clock time (ADR 0011). Strict mode whatever
                // the server's default, so a too-long or invalid value is an error, never a silent truncation.
                config.setConnectionInitSql("SET time_zone = '+00:00', sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_DATE,"
                        + "NO_ZERO_IN_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'");
            }
        }
        for (Map.Entry<String, String> option : url.options().entrySet()) {
            if (option.getKey().equals(WAIT_OPTION)) {
                config.setConnectionTimeout(waitMillis(url, option.getValue()));
            } else {
                config.addDataSourceProperty(option.getKey(), option.getValue());
            }
        }
        return new HikariDataSource(config);
    }

    private static long waitMillis(DatabaseUrl url, String text) {
        try {
            long ms = Long.parseLong(text);
            if (ms >= 250) {
                return ms;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InvalidDatabaseUrl("option " + WAIT_OPTION + "='" + text + "' of database URL " + url
                + " is not a number of milliseconds >= 250");
    }

    private static void sqlite(HikariConfig config, DatabaseUrl url) {
        config.addDataSourceProperty("foreign_keys", "true");
        config.addDataSourceProperty("busy_timeout", String.valueOf(SQLITE_BUSY_TIMEOUT_MS));
        // BEGIN IMMEDIATE takes the write lock up front, so two writers wait on busy_timeout instead of
        // deadlocking when both try to upgrade a read lock.
        config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        config.addDataSourceProperty("date_class", "TEXT");
        if (url.inMemory()) {
            // The database lives and dies with its one connection: never retire it.
            config.setMaxLifetime(0);
            config.setIdleTimeout(0);
            config.setMinimumIdle(1);
        } else {
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "NORMAL");
        }
    }
}

package dev.jango.migrations.operations;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One thing the executor does to the database: a SQL statement or a piece of Java code (data migrations,
 * backfills). {@code sqlmigrate} prints the SQL and names the code.
 */
public sealed interface Step {
    /** A SQL statement, run as it is. */
    record Sql(String sql) implements Step {
        @Override
        public String toString() {
            return sql + ";";
        }
    }

    /** Java code run with the migration's connection. */
    record Code(String description, Action action) implements Step {
        @Override
        public String toString() {
            return "-- code: " + description;
        }
    }

    /** The body of a {@link Code} step. */
    @FunctionalInterface
    interface Action {
        void run(Connection connection, Progress progress) throws SQLException;
    }

    /** Where long-running code reports progress ({@code backfill book.isbn: 3000/10000}). */
    @FunctionalInterface
    interface Progress {
        void report(String message);
    }

    static java.util.List<Step> sql(java.util.List<String> statements) {
        return statements.stream().<Step>map(Sql::new).toList();
    }
}

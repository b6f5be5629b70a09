package dev.jango.migrations.operations;

import dev.jango.db.connection.Database;
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

    /** Java code run against the migration's database (inside its transaction when the migration is atomic). */
    record Code(String description, Action action) implements Step {
        @Override
        public String toString() {
            return "-- code: " + description;
        }
    }

    /** The body of a {@link Code} step. */
    @FunctionalInterface
    interface Action {
        void run(Database database, Progress progress) throws SQLException;
    }

    /** Where long-running code reports progress ({@code backfill book.isbn: 3000/10000}). */
    @FunctionalInterface
    interface Progress {
        void report(String message);

        /**
         * Reports {@code done} of {@code total} units of {@code task}; a terminal shows a bar that redraws in
         * place, anything else gets plain lines. {@code total} may be 0 when unknown.
         */
        default void advance(String task, long done, long total) {
            report(task + ": " + done + (total > 0 ? "/" + total : "") + " rows");
        }

        /** Ends a run of {@link #advance} calls (a bar moves to a new line). */
        default void finish(String task, long done) {
            report(task + ": done, " + done + " rows");
        }
    }

    static java.util.List<Step> sql(java.util.List<String> statements) {
        return statements.stream().<Step>map(Sql::new).toList();
    }
}

package dev.jango.db;

import java.sql.SQLException;

/**
 * The statement itself is wrong: a syntax error, an unknown table or column, a type the database will not
 * accept. Retrying will not help; the SQL (or the schema) must change.
 *
 * <pre>{@code
 * db.execute("SELEC 1");   // ProgrammingError: syntax error … [SQL: SELEC 1]
 * }</pre>
 */
public final class ProgrammingError extends DatabaseException {
    public ProgrammingError(String message, String sql, SQLException cause) {
        super(message, sql, cause);
    }
}

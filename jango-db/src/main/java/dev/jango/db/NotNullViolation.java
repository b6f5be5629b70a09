package dev.jango.db;

import java.sql.SQLException;

/**
 * The statement violated a NOT NULL constraint: NULL was written to a column that does not accept it.
 *
 * <pre>{@code
 * catch (NotNullViolation e) { e.constraint(); e.table(); e.sql(); }
 * }</pre>
 */
public final class NotNullViolation extends IntegrityError {
    public NotNullViolation(String message, String sql, SQLException cause, String constraint, String table) {
        super(message, sql, cause, constraint, table);
    }
}

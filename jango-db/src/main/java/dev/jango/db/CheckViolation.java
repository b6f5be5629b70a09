package dev.jango.db;

import java.sql.SQLException;

/**
 * The statement violated a CHECK constraint: a row failed a check constraint's condition.
 *
 * <pre>{@code
 * catch (CheckViolation e) { e.constraint(); e.table(); e.sql(); }
 * }</pre>
 */
public final class CheckViolation extends IntegrityError {
    public CheckViolation(String message, String sql, SQLException cause, String constraint, String table) {
        super(message, sql, cause, constraint, table);
    }
}

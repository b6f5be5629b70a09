package dev.jango.db;

import java.sql.SQLException;

/**
 * The statement violated a UNIQUE or PRIMARY KEY constraint: two rows would share a value that must be unique.
 *
 * <pre>{@code
 * catch (UniqueViolation e) { e.constraint(); e.table(); e.sql(); }
 * }</pre>
 */
public final class UniqueViolation extends IntegrityError {
    public UniqueViolation(String message, String sql, SQLException cause, String constraint, String table) {
        super(message, sql, cause, constraint, table);
    }
}

package dev.jango.db;

import java.sql.SQLException;

/**
 * The statement violated a FOREIGN KEY constraint: a reference points at a missing row, or a referenced row is still referenced.
 *
 * <pre>{@code
 * catch (ForeignKeyViolation e) { e.constraint(); e.table(); e.sql(); }
 * }</pre>
 */
public final class ForeignKeyViolation extends IntegrityError {
    public ForeignKeyViolation(String message, String sql, SQLException cause, String constraint, String table) {
        super(message, sql, cause, constraint, table);
    }
}

package dev.jango.db;

import java.sql.SQLException;

/**
 * A value the column cannot hold: a string longer than the column, a number out of range, a malformed date or
 * JSON document, or a stored value Jango cannot read back as the field's type.
 *
 * <pre>{@code
 * catch (DataError e) { e.getMessage(); }   // value too long for type character varying(10) [SQL: INSERT …]
 * }</pre>
 */
public final class DataError extends DatabaseException {
    public DataError(String message, String sql, SQLException cause) {
        super(message, sql, cause);
    }
}

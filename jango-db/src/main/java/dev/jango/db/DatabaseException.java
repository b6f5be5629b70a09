package dev.jango.db;

import java.sql.SQLException;
import java.util.Optional;

/**
 * An error reported by the database, translated from the driver's {@link SQLException} so that callers catch one
 * unchecked family on every backend. Subclasses say what kind of error it was; {@link #sql()} is the statement
 * that failed (empty for connection-level failures), and the original exception is the cause.
 *
 * <pre>{@code
 * try { Book.objects.create(b); }
 * catch (UniqueViolation e) { form.addError("title", "already taken"); }   // e.constraint() = "book_title_key"
 * }</pre>
 */
public class DatabaseException extends RuntimeException {
    private final String sql;
    private final String sqlState;
    private final int vendorCode;

    public DatabaseException(String message, String sql, SQLException cause) {
        super(message + (sql == null || sql.isEmpty() ? "" : " [SQL: " + sql + "]"), cause);
        this.sql = sql == null ? "" : sql;
        this.sqlState = cause == null || cause.getSQLState() == null ? "" : cause.getSQLState();
        this.vendorCode = cause == null ? 0 : cause.getErrorCode();
    }

    /** The statement that failed; empty when the failure was not tied to one. */
    public String sql() {
        return sql;
    }

    /** The SQLSTATE the driver reported; empty when it gave none (SQLite gives none). */
    public String sqlState() {
        return sqlState;
    }

    /** The vendor's own error code (MariaDB 1062, SQLite 2067, …); 0 when none. */
    public int vendorCode() {
        return vendorCode;
    }

    /** The driver's exception, when there was one. */
    public Optional<SQLException> sqlException() {
        return getCause() instanceof SQLException e ? Optional.of(e) : Optional.empty();
    }
}

package dev.jango.db;

import java.sql.SQLException;

/**
 * The database could not do the work for reasons outside the statement: the server is unreachable, the
 * connection broke, a lock or statement timed out, a deadlock or serialization failure was detected, SQLite was
 * busy. Retrying later may succeed ({@link #retryable()} says when a retry of the whole transaction is the fix).
 *
 * <pre>{@code
 * catch (OperationalError e) { if (e.retryable()) retry(); else throw e; }
 * }</pre>
 */
public final class OperationalError extends DatabaseException {
    private final boolean retryable;

    public OperationalError(String message, String sql, SQLException cause, boolean retryable) {
        super(message, sql, cause);
        this.retryable = retryable;
    }

    /** True for deadlocks, serialization failures, lock timeouts and SQLite busy errors. */
    public boolean retryable() {
        return retryable;
    }
}

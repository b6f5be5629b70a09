package dev.jango.db;

import java.sql.SQLException;
import java.util.Optional;

/**
 * A statement broke a constraint. The subclasses name which kind; {@link #constraint()} and {@link #table()} are
 * filled when the driver reports them (PostgreSQL always does; MariaDB and SQLite name them in the message, which
 * is parsed).
 *
 * <pre>{@code
 * catch (IntegrityError e) { log.warn("rejected by {} on {}", e.constraint().orElse("?"), e.table().orElse("?")); }
 * }</pre>
 */
public class IntegrityError extends DatabaseException {
    private final String constraint;
    private final String table;

    public IntegrityError(String message, String sql, SQLException cause, String constraint, String table) {
        super(message, sql, cause);
        this.constraint = constraint == null || constraint.isEmpty() ? null : constraint;
        this.table = table == null || table.isEmpty() ? null : table;
    }

    /** The constraint name, or for NOT NULL and SQLite UNIQUE the column(s), when known. */
    public Optional<String> constraint() {
        return Optional.ofNullable(constraint);
    }

    /** The table, when known. */
    public Optional<String> table() {
        return Optional.ofNullable(table);
    }
}

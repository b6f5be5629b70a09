package dev.jango.db.connection;

import java.sql.SQLException;

/**
 * A function over a JDBC object that may throw {@link SQLException}; {@link Database} translates what it throws
 * into {@link dev.jango.db.DatabaseException}s.
 *
 * <pre>{@code
 * String version = db.withConnection(c -> c.getMetaData().getDatabaseProductVersion());
 * }</pre>
 */
@FunctionalInterface
public interface SqlFunction<A, R> {
    R apply(A argument) throws SQLException;
}

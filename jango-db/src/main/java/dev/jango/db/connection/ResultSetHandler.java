package dev.jango.db.connection;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Turns an open result set into a value. The result set is closed by {@link Database} after the handler returns,
 * so the handler must not keep it.
 *
 * <pre>{@code
 * long n = db.query("SELECT count(*) FROM book", List.of(), rs -> rs.next() ? rs.getLong(1) : 0L);
 * }</pre>
 */
@FunctionalInterface
public interface ResultSetHandler<T> {
    T handle(ResultSet rs) throws SQLException;
}

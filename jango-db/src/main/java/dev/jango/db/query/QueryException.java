package dev.jango.db.query;

/**
 * The base of the errors the query layer raises itself, before or after talking to the database (errors the
 * database reports are {@link dev.jango.db.DatabaseException}s).
 */
public class QueryException extends RuntimeException {
    public QueryException(String message) {
        super(message);
    }
}

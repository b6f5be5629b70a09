package dev.jango.db.connection;

/**
 * A database URL that cannot be parsed; the message names the wrong part and shows the URL with its password
 * masked.
 *
 * <pre>{@code
 * DatabaseUrl.parse("postgresql://h:99999/db");  // port '99999' in database URL … is not a number from 1 to 65535
 * }</pre>
 */
public final class InvalidDatabaseUrl extends IllegalArgumentException {
    public InvalidDatabaseUrl(String message) {
        super(message);
    }
}

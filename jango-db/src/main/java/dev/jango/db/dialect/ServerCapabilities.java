package dev.jango.db.dialect;

import dev.jango.db.connection.Database;
import dev.jango.db.connection.Vendor;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Facts that depend on the server, not only the vendor: {@code mysql://} and {@code mariadb://} share a dialect,
 * but only MariaDB 10.5+ has {@code INSERT … RETURNING}. Asked once per {@link Database} (one metadata call) and
 * remembered for the database's lifetime.
 *
 * <pre>{@code if (ServerCapabilities.returning(db)) { … RETURNING "id" } else { … SELECT LAST_INSERT_ID() }}</pre>
 */
public final class ServerCapabilities {
    // Keyed weakly by Database: a closed and dropped Database takes its entry with it.
    private static final Map<Database, Boolean> RETURNING = new WeakHashMap<>();
    private static final Map<Database, Boolean> BINARY_PARAMETERS = new WeakHashMap<>();

    private ServerCapabilities() {
    }

    /** Whether {@code INSERT … RETURNING} works on this database's server. */
    public static boolean returning(Database db) {
        if (db.vendor() != Vendor.MARIADB) {
            return Dialect.of(db.vendor()).features().returning();
        }
        synchronized (RETURNING) {
            Boolean known = RETURNING.get(db);
            if (known != null) {
                return known;
            }
        }
        boolean supported = db.withConnection(c -> {
            var meta = c.getMetaData();
            return supportsReturning(meta.getDatabaseProductVersion(), meta.getDatabaseMajorVersion(),
                    meta.getDatabaseMinorVersion());
        });
        synchronized (RETURNING) {
            RETURNING.put(db, supported);
        }
        return supported;
    }

    /**
     * Whether this PostgreSQL database's driver sends parameters in binary: not under
     * {@code preferQueryMode=simple} (a URL option, for poolers), which inlines every parameter as text.
     */
    public static boolean binaryParameters(Database db) {
        if (db.vendor() != Vendor.POSTGRESQL) {
            return false;
        }
        synchronized (BINARY_PARAMETERS) {
            Boolean known = BINARY_PARAMETERS.get(db);
            if (known != null) {
                return known;
            }
        }
        boolean binary = db.withConnection(c -> c.unwrap(org.postgresql.PGConnection.class).getPreferQueryMode()
                != org.postgresql.jdbc.PreferQueryMode.SIMPLE);
        synchronized (BINARY_PARAMETERS) {
            BINARY_PARAMETERS.put(db, binary);
        }
        return binary;
    }

    static boolean supportsReturning(String productVersion, int major, int minor) {
        boolean mariaDb = productVersion.toLowerCase(java.util.Locale.ROOT).contains("mariadb");
        return mariaDb && (major > 10 || (major == 10 && minor >= 5));
    }
}

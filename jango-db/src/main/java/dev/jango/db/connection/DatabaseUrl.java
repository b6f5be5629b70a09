package dev.jango.db.connection;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed database URL: what {@link Database#open(String, String)} connects to.
 *
 * <pre>{@code
 * sqlite:db.sqlite3                        a file, relative to the working directory
 * sqlite:///var/lib/app/db.sqlite3         an absolute path
 * sqlite::memory:                          an in-memory database (one shared connection)
 * postgresql://user:pass@host:5432/db      also postgres://
 * mariadb://user@host:3306/db?pool=20      also mysql://
 * }</pre>
 *
 * <p>Query options: {@code pool} (maximum pool size, default 10), {@code poolWaitMs} (how long a statement waits
 * for a free connection, default 10000) and any other {@code key=value}, which is passed
 * to the JDBC driver as a connection property ({@code ?sslmode=require}). The password is never shown by
 * {@link #toString()} or in error messages.
 *
 * @param vendor   the database product
 * @param host     server host; empty for SQLite
 * @param port     server port; 0 for SQLite
 * @param database database name, or the SQLite file path ({@code :memory:} for memory)
 * @param user     user name; may be empty
 * @param password password; may be empty
 * @param poolSize maximum pool size (1 for an in-memory SQLite database)
 * @param options  extra driver properties
 */
public record DatabaseUrl(Vendor vendor, String host, int port, String database, String user, String password,
                          int poolSize, Map<String, String> options) {

    /** The SQLite path that means "in memory". */
    public static final String MEMORY = ":memory:";
    private static final int DEFAULT_POOL = 10;

    public DatabaseUrl {
        options = Map.copyOf(options);
    }

    /**
     * Parses a URL.
     *
     * @throws InvalidDatabaseUrl naming the part that is wrong (scheme, host, port, database name, option) and
     *                            showing the URL with its password masked
     */
    public static DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidDatabaseUrl("database URL is empty: expected sqlite:path, postgresql://… or mariadb://…");
        }
        String trimmed = url.strip();
        int colon = trimmed.indexOf(':');
        if (colon <= 0) {
            throw new InvalidDatabaseUrl("database URL '" + mask(trimmed) + "' has no scheme: expected sqlite:path, "
                    + "postgresql://… or mariadb://…");
        }
        String scheme = trimmed.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
        String rest = trimmed.substring(colon + 1);
        return switch (scheme) {
            case "sqlite" -> parseSqlite(trimmed, rest);
            case "postgresql", "postgres" -> parseServer(trimmed, Vendor.POSTGRESQL, rest, 5432);
            case "mariadb", "mysql" -> parseServer(trimmed, Vendor.MARIADB, rest, 3306);
            default -> throw new InvalidDatabaseUrl("unknown scheme '" + scheme + "' in database URL '"
                    + mask(trimmed) + "': expected sqlite, postgresql (postgres), mariadb (mysql)");
        };
    }

    private static DatabaseUrl parseSqlite(String url, String rest) {
        String[] pathAndQuery = splitQuery(rest);
        String path = pathAndQuery[0];
        if (path.startsWith("//")) {
            path = path.substring(2);   // sqlite:///abs/path → /abs/path
        }
        if (path.isEmpty()) {
            throw new InvalidDatabaseUrl("database URL '" + url + "' has no file path: expected sqlite:path/to/db"
                    + ".sqlite3 or sqlite::memory:");
        }
        Map<String, String> options = parseOptions(url, pathAndQuery[1]);
        int pool = poolSize(url, options);
        if (path.equals(MEMORY)) {
            pool = 1;   // every connection to :memory: would open its own empty database
        }
        return new DatabaseUrl(Vendor.SQLITE, "", 0, path, "", "", pool, options);
    }

    private static DatabaseUrl parseServer(String url, Vendor vendor, String rest, int defaultPort) {
        if (!rest.startsWith("//")) {
            throw new InvalidDatabaseUrl("database URL '" + mask(url) + "' must start with " + vendor.label()
                    + "://");
        }
        String[] partAndQuery = splitQuery(rest.substring(2));
        String authorityAndPath = partAndQuery[0];
        int slash = authorityAndPath.indexOf('/');
        String authority = slash < 0 ? authorityAndPath : authorityAndPath.substring(0, slash);
        String database = slash < 0 ? "" : decode(url, authorityAndPath.substring(slash + 1), "database name");
        if (database.isEmpty()) {
            throw new InvalidDatabaseUrl("database URL '" + mask(url) + "' has no database name: expected "
                    + vendor.label() + "://user@host:port/dbname");
        }
        if (database.contains("/")) {
            throw new InvalidDatabaseUrl("database name '" + database + "' in URL '" + mask(url)
                    + "' contains '/'");
        }
        int at = authority.lastIndexOf('@');
        String userInfo = at < 0 ? "" : authority.substring(0, at);
        String hostPort = at < 0 ? authority : authority.substring(at + 1);
        int passColon = userInfo.indexOf(':');
        String user = decode(url, passColon < 0 ? userInfo : userInfo.substring(0, passColon), "user");
        String password = passColon < 0 ? "" : decode(url, userInfo.substring(passColon + 1), "password");
        String host = hostPort;
        int port = defaultPort;
        int portColon = hostPort.lastIndexOf(':');
        if (portColon >= 0 && !hostPort.endsWith("]")) {
            host = hostPort.substring(0, portColon);
            port = parsePort(url, hostPort.substring(portColon + 1));
        }
        if (host.isEmpty()) {
            throw new InvalidDatabaseUrl("database URL '" + mask(url) + "' has no host: expected " + vendor.label()
                    + "://user@host:port/" + database);
        }
        Map<String, String> options = parseOptions(url, partAndQuery[1]);
        return new DatabaseUrl(vendor, host, port, database, user, password, poolSize(url, options), options);
    }

    private static int parsePort(String url, String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the URL
        }
        throw new InvalidDatabaseUrl("port '" + text + "' in database URL '" + mask(url)
                + "' is not a number from 1 to 65535");
    }

    private static String[] splitQuery(String text) {
        int q = text.indexOf('?');
        return q < 0 ? new String[] {text, ""} : new String[] {text.substring(0, q), text.substring(q + 1)};
    }

    private static Map<String, String> parseOptions(String url, String query) {
        Map<String, String> options = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return options;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new InvalidDatabaseUrl("option '" + pair + "' in database URL '" + mask(url)
                        + "' is not key=value");
            }
            options.put(decode(url, pair.substring(0, eq), "option name"),
                    decode(url, pair.substring(eq + 1), "option value"));
        }
        return options;
    }

    private static int poolSize(String url, Map<String, String> options) {
        String text = options.remove("pool");
        if (text == null) {
            return DEFAULT_POOL;
        }
        try {
            int size = Integer.parseInt(text);
            if (size >= 1 && size <= 1000) {
                return size;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the URL
        }
        throw new InvalidDatabaseUrl("option pool='" + text + "' in database URL '" + mask(url)
                + "' is not a pool size from 1 to 1000");
    }

    private static String decode(String url, String text, String part) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidDatabaseUrl("bad %-escape in the " + part + " of database URL '" + mask(url) + "'");
        }
    }

    /** The URL with the password replaced by {@code ***}. */
    static String mask(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return url;
        }
        int start = scheme + 3;
        int end = url.indexOf('/', start);
        String authority = end < 0 ? url.substring(start) : url.substring(start, end);
        int at = authority.lastIndexOf('@');
        int colon = authority.indexOf(':');
        if (at < 0 || colon < 0 || colon > at) {
            return url;
        }
        return url.substring(0, start + colon + 1) + "***" + url.substring(start + at);
    }

    /** True for {@code sqlite::memory:}. */
    public boolean inMemory() {
        return vendor == Vendor.SQLITE && database.equals(MEMORY);
    }

    /** The JDBC URL the driver is given (credentials and options travel separately). */
    public String jdbcUrl() {
        return switch (vendor) {
            case SQLITE -> "jdbc:sqlite:" + database;
            case POSTGRESQL -> "jdbc:postgresql://" + host + ":" + port + "/" + database;
            case MARIADB -> "jdbc:mariadb://" + host + ":" + port + "/" + database;
        };
    }

    /** A copy naming another database (or SQLite file) on the same server. */
    public DatabaseUrl withDatabase(String name) {
        return new DatabaseUrl(vendor, host, port, name, user, password, poolSize, options);
    }

    /** A copy with another maximum pool size (an in-memory SQLite database keeps its single connection). */
    public DatabaseUrl withPoolSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("pool size must be at least 1, got " + size);
        }
        return new DatabaseUrl(vendor, host, port, database, user, password, inMemory() ? 1 : size, options);
    }

    /** A copy with one more driver option. */
    public DatabaseUrl withOption(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(options);
        copy.put(key, value);
        return new DatabaseUrl(vendor, host, port, database, user, password, poolSize, copy);
    }

    /** The user name, if one was given. */
    public Optional<String> userName() {
        return user.isEmpty() ? Optional.empty() : Optional.of(user);
    }

    @Override
    public String toString() {
        if (vendor == Vendor.SQLITE) {
            return "sqlite:" + database;
        }
        String credentials = user.isEmpty() ? "" : user + (password.isEmpty() ? "" : ":***") + "@";
        return vendor.label() + "://" + credentials + host + ":" + port + "/" + database
                + (options.isEmpty() ? "" : "?" + options.keySet() + "=…") + (poolSize == DEFAULT_POOL ? ""
                : " (pool " + poolSize + ")");
    }
}

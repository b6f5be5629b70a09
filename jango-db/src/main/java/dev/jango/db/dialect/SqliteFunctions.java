package dev.jango.db.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.sqlite.Function;
import org.sqlite.SQLiteConnection;

/**
 * SQLite has a REGEXP operator but no implementation; this registers one backed by {@link Pattern} (search
 * semantics, like PostgreSQL's {@code ~}). The QuerySet calls {@link #register} on the statement's own
 * connection, inside the same atomic block, before any query containing a regex lookup runs.
 *
 * <pre>{@code db.withConnection(SqliteFunctions::register);}</pre>
 */
public final class SqliteFunctions {
    private SqliteFunctions() {
    }

    /** Registers {@code REGEXP(pattern, value)} on {@code connection}; idempotent. Returns null for lambdas. */
    public static Void register(Connection connection) throws SQLException {
        Function.create(connection.unwrap(SQLiteConnection.class), "REGEXP", new RegexpFunction(),
                2, Function.FLAG_DETERMINISTIC);
        return null;
    }

    private static final class RegexpFunction extends Function {
        // Patterns repeat across rows of one statement; a tiny per-connection cache avoids recompiling them.
        private final Map<String, Pattern> patterns = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
                return size() > 64;
            }
        };

        @Override
        protected void xFunc() throws SQLException {
            String pattern = value_text(0);
            String text = value_text(1);
            if (pattern == null || text == null) {
                result();
                return;
            }
            Pattern compiled;
            synchronized (patterns) {
                compiled = patterns.computeIfAbsent(pattern, Pattern::compile);
            }
            result(compiled.matcher(text).find() ? 1 : 0);
        }
    }
}

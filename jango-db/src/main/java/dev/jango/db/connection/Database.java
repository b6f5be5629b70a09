package dev.jango.db.connection;

import com.zaxxer.hikari.HikariDataSource;
import dev.jango.db.OperationalError;
import dev.jango.db.meta.ValueReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One configured database alias: its connection pool, transactions and counted statements. Obtain the current one
 * with {@code Db.database()}; open one directly for tools and tests.
 *
 * <pre>{@code
 * Database db = Database.open("default", "sqlite:db.sqlite3");
 * db.atomic(() -> {
 *     db.update("INSERT INTO book (title) VALUES (?)", List.of(BoundValue.of("Dune")));
 *     db.onCommit(() -> mailer.send("added"));         // runs after the outermost commit only
 *     try {
 *         db.atomic(() -> db.update("INSERT INTO book (title) VALUES (?)", List.of(BoundValue.of("Dune"))));
 *     } catch (UniqueViolation e) { }                   // rolled back to the savepoint; the outer block goes on
 * });
 * }</pre>
 *
 * <p><b>Transactions.</b> {@link #atomic(Supplier)} runs its body in a transaction on one connection, which is
 * bound for the call with a {@link ScopedValue}, so every statement the body runs through this object (on this
 * thread, or in structured subtasks) uses it. Nested blocks use savepoints. Any exception rolls back the
 * innermost block it leaves and propagates. Commit and rollback and savepoints are not counted as statements.
 * On PostgreSQL a failed statement aborts the whole transaction: wrap a statement that may fail in a nested
 * {@code atomic} to keep the outer block usable.
 *
 * <p><b>Counting.</b> {@link #query}, {@link #update}, {@link #execute} and {@link #prepared} time each statement
 * and record it in every active {@link Queries} scope. {@link #withConnection} is the raw escape hatch and counts
 * nothing.
 */
public final class Database implements AutoCloseable {
    /** Every statement at DEBUG: {@code <logger name="dev.jango.db.sql" level="DEBUG"/>}. */
    private static final Logger SQL_LOG = LoggerFactory.getLogger("dev.jango.db.sql");

    private final String alias;
    private final DatabaseUrl url;
    private final HikariDataSource pool;
    private final VendorValues values;
    private final ErrorTranslator errors;
    private final ScopedValue<Atomic> current = ScopedValue.newInstance();
    private final Transactions transactions;

    private Database(String alias, DatabaseUrl url) {
        this.alias = alias;
        this.url = url;
        this.pool = Pools.create(alias, url);
        this.values = VendorValues.of(url.vendor());
        this.errors = new ErrorTranslator(url.vendor());
        this.transactions = new Transactions(alias, errors, current, this::borrow);
    }

    /**
     * Opens a pool for {@code url} under the name {@code alias}. No connection is made yet: an unreachable server
     * is reported by the first statement, as an {@link OperationalError}.
     *
     * @throws InvalidDatabaseUrl if the URL cannot be parsed
     */
    public static Database open(String alias, String url) {
        return open(alias, DatabaseUrl.parse(url));
    }

    public static Database open(String alias, DatabaseUrl url) {
        Objects.requireNonNull(url, "url");
        if (alias == null || alias.isBlank()) {
            throw new IllegalArgumentException("database alias must not be blank (URL " + url + ")");
        }
        return new Database(alias, url);
    }

    public String alias() {
        return alias;
    }

    public Vendor vendor() {
        return url.vendor();
    }

    /** The parsed URL this database was opened with. */
    public DatabaseUrl url() {
        return url;
    }

    /** The pool. Connections taken from it directly are outside any atomic block and are not counted. */
    public DataSource dataSource() {
        return pool;
    }

    /** Reads column values in this vendor's storage forms. */
    public ValueReader reader() {
        return values;
    }

    // ---- transactions ----

    /**
     * Runs {@code body} atomically and returns its value: commits if it returns, rolls back if it throws. Nested
     * calls create a savepoint and roll back only to it. On-commit callbacks run after the outermost commit.
     *
     * @throws AtomicBlockFailed if a checked exception escaped the body (the block was rolled back)
     */
    public <T> T atomic(Supplier<T> body) {
        Objects.requireNonNull(body, "body");
        Atomic outer = bound(current);
        return outer == null ? transactions.outermost(body) : transactions.nested(outer, body);
    }

    /** {@link #atomic(Supplier)} for a body without a result. */
    public void atomic(Runnable body) {
        Objects.requireNonNull(body, "body");
        atomic(() -> {
            body.run();
            return null;
        });
    }

    /** True while an atomic block of this database is running on this call path. */
    public boolean inAtomic() {
        return current.isBound();
    }

    /**
     * Runs {@code callback} after the outermost atomic block commits; drops it if the block (or the savepoint it
     * was registered in) rolls back. Outside an atomic block it runs at once. Callbacks run in registration order;
     * the first that throws stops the rest and its exception propagates from {@code atomic} (the data is
     * committed by then).
     */
    public void onCommit(Runnable callback) {
        Objects.requireNonNull(callback, "callback");
        Atomic tx = bound(current);
        if (tx == null) {
            callback.run();
        } else {
            tx.onCommit(callback);
        }
    }

    // ---- connections and statements ----

    /**
     * Runs {@code work} with a connection: the atomic block's when inside one (left open), else one from the pool
     * (returned afterwards). SQL exceptions are translated. Statements run here directly are not counted.
     */
    public <T> T withConnection(SqlFunction<Connection, T> work) {
        return withConnection(work, "");
    }

    private <T> T withConnection(SqlFunction<Connection, T> work, String sql) {
        Atomic tx = bound(current);
        if (tx != null) {
            try {
                return work.apply(tx.connection());
            } catch (SQLException e) {
                throw errors.translate(e, sql);
            }
        }
        try (Connection c = borrow()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw errors.translate(e, sql);
        }
    }

    private Connection borrow() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            // The pool's own message says only "timed out"; the driver's reason is in the cause chain.
            String reason = e.getMessage();
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                reason = c.getMessage();
            }
            throw new OperationalError("cannot get a connection to database '" + alias + "' at " + url + ": "
                    + reason, "", e, false);
        }
    }

    /**
     * Runs a query with bound parameters and hands the result set to {@code handler}; counted and timed (the
     * handler's reading of the rows included).
     */
    public <T> T query(String sql, List<BoundValue> params, ResultSetHandler<T> handler) {
        return prepared(sql, params, ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                return handler.handle(rs);
            }
        });
    }

    /** Runs an INSERT, UPDATE or DELETE with bound parameters and returns the affected row count; counted. */
    public int update(String sql, List<BoundValue> params) {
        return prepared(sql, params, PreparedStatement::executeUpdate);
    }

    /** Runs an unparameterised statement (DDL, {@code SET …}); counted. */
    public void execute(String sql) {
        long start = System.nanoTime();
        try {
            withConnection(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute(sql);
                    return null;
                }
            }, sql);
        } finally {
            ran(sql, List.of(), System.nanoTime() - start);
        }
    }

    /**
     * Prepares {@code sql}, binds {@code params} and lets {@code work} execute it (set a fetch size, read
     * generated keys, stream rows); counted and timed as one statement. The statement is closed afterwards.
     *
     * <pre>{@code
     * // Constant-memory streaming: PostgreSQL uses a server-side cursor only with a fetch size and autocommit off,
     * // so run it inside atomic (harmless on the other vendors).
     * db.atomic(() -> db.prepared(sql, params, ps -> {
     *     ps.setFetchSize(500);
     *     try (ResultSet rs = ps.executeQuery()) { while (rs.next()) sink.accept(meta.mapRow(rs, 0, db.reader())); }
     *     return null;
     * }));
     * }</pre>
     */
    public <T> T prepared(String sql, List<BoundValue> params, SqlFunction<PreparedStatement, T> work) {
        long start = System.nanoTime();
        try {
            return withConnection(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int i = 0; i < params.size(); i++) {
                        values.bind(ps, i + 1, params.get(i));
                    }
                    return work.apply(ps);
                }
            }, sql);
        } finally {
            ran(sql, params, System.nanoTime() - start);
        }
    }

    /**
     * Opens {@code sql} as a {@link Cursor} that maps one row at a time with {@code mapper}, reading
     * {@code fetchSize} rows per round trip where the vendor batches: PostgreSQL gets a server-side cursor
     * (autocommit off on a connection of its own, or the atomic block's), MariaDB a streamed result, SQLite steps
     * its statement. Counted as one statement (its time is the execution up to the first row). Close it, or read
     * it to the end, to release the connection.
     *
     * <pre>{@code
     * try (Cursor<String> titles = db.cursor("SELECT title FROM book", List.of(), 1000, rs -> rs.getString(1))) {
     *     titles.forEachRemaining(out::println);
     * }
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code fetchSize} is not positive
     */
    public <T> Cursor<T> cursor(String sql, List<BoundValue> params, int fetchSize, SqlFunction<ResultSet, T> mapper) {
        return cursor(sql, params, fetchSize, c -> null, mapper);
    }

    /**
     * {@link #cursor(String, List, int, SqlFunction)} with {@code setup} run first on the cursor's connection
     * (for example to register SQLite functions the statement calls).
     */
    public <T> Cursor<T> cursor(String sql, List<BoundValue> params, int fetchSize, SqlFunction<Connection, ?> setup,
                                SqlFunction<ResultSet, T> mapper) {
        if (fetchSize < 1) {
            throw new IllegalArgumentException("cursor fetch size must be positive, got " + fetchSize + " for " + sql);
        }
        Atomic tx = bound(current);
        Connection c = tx == null ? borrow() : tx.connection();
        // PostgreSQL only streams with autocommit off; elsewhere a connection of our own stays in autocommit.
        boolean ownTransaction = tx == null && vendor() == Vendor.POSTGRESQL;
        Runnable release = tx == null ? () -> release(c, ownTransaction) : null;
        long start = System.nanoTime();
        PreparedStatement ps = null;
        try {
            if (ownTransaction) {
                c.setAutoCommit(false);
            }
            setup.apply(c);
            ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(fetchSize);
            for (int i = 0; i < params.size(); i++) {
                values.bind(ps, i + 1, params.get(i));
            }
            return new Cursor<>(sql, c, release, ps, ps.executeQuery(), mapper, errors);
        } catch (SQLException | RuntimeException e) {
            RuntimeException failure = e instanceof SQLException sqle ? errors.translate(sqle, sql)
                    : (RuntimeException) e;
            try {
                if (ps != null) {
                    ps.close();
                }
            } catch (SQLException suppressed) {
                failure.addSuppressed(suppressed);
            }
            if (release != null) {
                try {
                    release.run();
                } catch (RuntimeException suppressed) {
                    failure.addSuppressed(suppressed);
                }
            }
            throw failure;
        } finally {
            ran(sql, params, System.nanoTime() - start);
        }
    }

    /** Gives a cursor's own connection back: its read-only transaction (PostgreSQL) ends first. */
    private void release(Connection c, boolean ownTransaction) {
        try (c) {
            if (ownTransaction) {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw errors.translate(e, "");
        }
    }

    /** Records a finished statement in the active scopes and the SQL log; builds nothing when neither listens. */
    private void ran(String sql, List<BoundValue> params, long nanos) {
        boolean debug = SQL_LOG.isDebugEnabled();
        if (!debug && !Queries.recording()) {
            return;
        }
        List<Object> shown = new ArrayList<>(params.size());
        for (BoundValue p : params) {
            shown.add(p.value());
        }
        Queries.record(alias, sql, shown, nanos);
        if (debug) {
            SQL_LOG.debug("{}", new ExecutedQuery(alias, sql, shown, nanos));
        }
    }

    /** Closes the pool. Statements afterwards fail with an {@link OperationalError}. */
    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return "Database[" + alias + " " + url + "]";
    }

    /** The value bound to {@code key}, or null: {@code ScopedValue.orElse} refuses a null default. */
    private static <T> T bound(ScopedValue<T> key) {
        return key.isBound() ? key.get() : null;
    }
}

package dev.jango.db.connection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An open result read one row at a time, in constant memory: a server-side cursor on PostgreSQL, a streamed
 * result on MariaDB, a stepping statement on SQLite. It holds a connection until it is exhausted or closed, so
 * open it in try-with-resources. Obtain one from {@link Database#cursor} or {@code QuerySet.iterator(chunkSize)}.
 *
 * <pre>{@code
 * try (Cursor<Book> books = Book.objects.all().iterator(2_000)) {
 *     while (books.hasNext()) csv.write(books.next());
 * }
 * try (Stream<Book> s = Book.objects.all().iterator(2_000).stream()) { s.forEach(csv::write); }
 * }</pre>
 *
 * <p>Not thread-safe: one caller reads it. No row is kept after {@link #next()} returns it.
 *
 * @param <T> the mapped row
 */
public final class Cursor<T> implements Iterator<T>, AutoCloseable {
    private final String sql;
    private final Connection connection;
    /** Null when the connection belongs to an enclosing atomic block, which keeps it. */
    private final Runnable release;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final SqlFunction<ResultSet, T> mapper;
    private final ErrorTranslator errors;
    private boolean advanced;
    private boolean hasRow;
    private boolean closed;

    Cursor(String sql, Connection connection, Runnable release, PreparedStatement statement, ResultSet rows,
           SqlFunction<ResultSet, T> mapper, ErrorTranslator errors) {
        this.sql = sql;
        this.connection = connection;
        this.release = release;
        this.statement = statement;
        this.rows = rows;
        this.mapper = mapper;
        this.errors = errors;
    }

    @Override
    public boolean hasNext() {
        if (closed) {
            return false;
        }
        if (!advanced) {
            try {
                hasRow = rows.next();
            } catch (SQLException e) {
                RuntimeException failure = errors.translate(e, sql);
                closeAfter(failure);
                throw failure;
            }
            advanced = true;
            if (!hasRow) {
                close();   // exhausted: give the connection back before the caller remembers to
            }
        }
        return hasRow;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("cursor exhausted or closed: " + sql);
        }
        advanced = false;
        try {
            return mapper.apply(rows);
        } catch (SQLException e) {
            RuntimeException failure = errors.translate(e, sql);
            closeAfter(failure);
            throw failure;
        } catch (RuntimeException e) {
            closeAfter(e);
            throw e;
        }
    }

    /** The remaining rows as a sequential stream; closing the stream closes this cursor. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator
                .NONNULL), false).onClose(this::close);
    }

    /** True once exhausted or closed (the connection is released then). */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Releases the statement, and the connection unless it belongs to an enclosing atomic block. Safe to call
     * twice. Closing early on MariaDB reads off the rest of the streamed result first (the protocol has no
     * cancel), so filter in SQL rather than stopping early on a huge result there.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException failure = null;
        try {
            rows.close();
            statement.close();
        } catch (SQLException e) {
            failure = errors.translate(e, sql);
        }
        if (release != null) {
            try {
                release.run();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void closeAfter(RuntimeException failure) {
        try {
            close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public String toString() {
        return "Cursor[" + (closed ? "closed" : "open") + " " + sql + " on " + connection + "]";
    }
}

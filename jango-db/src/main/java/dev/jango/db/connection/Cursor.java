package dev.jango.db.connection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
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
    /** Rows handed out per group when {@link #inChunks} prepared this cursor; 0 hands out row by row. */
    private final int chunkSize;
    private final Consumer<List<T>> prepareChunk;
    private final ArrayDeque<T> chunk = new ArrayDeque<>();
    private boolean advanced;
    private boolean hasRow;
    private boolean closed;

    Cursor(String sql, Connection connection, Runnable release, PreparedStatement statement, ResultSet rows,
           SqlFunction<ResultSet, T> mapper, ErrorTranslator errors) {
        this(sql, connection, release, statement, rows, mapper, errors, 0, null);
    }

    private Cursor(String sql, Connection connection, Runnable release, PreparedStatement statement, ResultSet rows,
                   SqlFunction<ResultSet, T> mapper, ErrorTranslator errors, int chunkSize,
                   Consumer<List<T>> prepareChunk) {
        this.sql = sql;
        this.connection = connection;
        this.release = release;
        this.statement = statement;
        this.rows = rows;
        this.mapper = mapper;
        this.errors = errors;
        this.chunkSize = chunkSize;
        this.prepareChunk = prepareChunk;
    }

    /**
     * The same open result, read ahead {@code size} rows at a time: each group is mapped, passed to
     * {@code prepare} (which may query, e.g. a prefetch over the group), then handed out. Memory stays bounded by
     * the group. This cursor must not be read afterwards; the returned one owns the connection.
     *
     * <pre>{@code
     * Cursor<Book> books = db.cursor(sql, params, 500, mapper).inChunks(500, group -> loadTagsOf(group));
     * }</pre>
     */
    public Cursor<T> inChunks(int size, Consumer<List<T>> prepare) {
        if (size < 1) {
            throw new IllegalArgumentException("chunk size must be positive, got " + size + " for " + sql);
        }
        if (advanced || chunkSize > 0) {
            throw new IllegalStateException("inChunks on a cursor already read or chunked: " + sql);
        }
        Cursor<T> chunked = new Cursor<>(sql, connection, release, statement, rows, mapper, errors, size,
                java.util.Objects.requireNonNull(prepare, "prepare"));
        chunked.closed = closed;
        closed = true;   // handed over: closing this one must not release what the new one reads
        return chunked;
    }

    @Override
    public boolean hasNext() {
        if (chunkSize == 0) {
            return rowAvailable();
        }
        if (chunk.isEmpty() && !closed) {
            List<T> group = new ArrayList<>(chunkSize);
            while (group.size() < chunkSize && rowAvailable()) {
                group.add(mapRow());
            }
            if (!group.isEmpty()) {
                try {
                    prepareChunk.accept(Collections.unmodifiableList(group));
                } catch (RuntimeException e) {
                    closeAfter(e);
                    throw e;
                }
                chunk.addAll(group);
            }
        }
        return !chunk.isEmpty();
    }

    @Override
    public T next() {
        if (chunkSize == 0) {
            if (!rowAvailable()) {
                throw new NoSuchElementException("cursor exhausted or closed: " + sql);
            }
            return mapRow();
        }
        if (!hasNext()) {
            throw new NoSuchElementException("cursor exhausted or closed: " + sql);
        }
        return chunk.poll();
    }

    private boolean rowAvailable() {
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

    private T mapRow() {
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
        chunk.clear();
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

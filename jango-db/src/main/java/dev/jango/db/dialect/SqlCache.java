package dev.jango.db.dialect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A bounded, least-recently-used map from a query's shape key (its AST with the values left out) to the SQL
 * text rendered for it. One per dialect; a hit skips SQL building and only the parameters are collected.
 *
 * <pre>{@code String sql = dialect.cache().get(shapeKey, () -> render(query));}</pre>
 */
public final class SqlCache {
    private final int capacity;
    private final Map<String, String> entries;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    public SqlCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > SqlCache.this.capacity;
            }
        };
    }

    /** The cached SQL for {@code shape}, or null. */
    public String lookup(String shape) {
        String sql;
        synchronized (entries) {
            sql = entries.get(shape);
        }
        (sql == null ? misses : hits).incrementAndGet();
        return sql;
    }

    public void store(String shape, String sql) {
        synchronized (entries) {
            entries.put(shape, sql);
        }
    }

    /** The SQL for {@code shape}, rendering it once. */
    public String get(String shape, Supplier<String> render) {
        String sql = lookup(shape);
        if (sql == null) {
            sql = render.get();
            store(shape, sql);
        }
        return sql;
    }

    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}

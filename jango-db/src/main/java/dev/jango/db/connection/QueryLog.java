package dev.jango.db.connection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statements recorded while a {@link Queries} scope was active, in execution order. Safe to fill from several
 * threads (a scope is inherited by structured subtasks); read it after the scope ends.
 *
 * <pre>{@code
 * QueryLog log = Queries.capture(() -> { Book.objects.all().list(); });
 * log.count();         // 1
 * log.totalMillis();   // 0.8
 * }</pre>
 */
public final class QueryLog {
    private final List<ExecutedQuery> statements = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    public QueryLog() {
    }

    synchronized void add(ExecutedQuery query) {
        statements.add(query);
        seen.add(query.sql());
    }

    /** Whether this SQL text already ran in the scope (so running it again starts a repetition). */
    synchronized boolean hasRun(String sql) {
        return seen.contains(sql);
    }

    /** How many statements ran. */
    public synchronized int count() {
        return statements.size();
    }

    /** Their total time in milliseconds. */
    public synchronized double totalMillis() {
        long nanos = 0;
        for (ExecutedQuery q : statements) {
            nanos += q.nanos();
        }
        return nanos / 1_000_000.0;
    }

    /** A snapshot of the statements so far, oldest first. */
    public synchronized List<ExecutedQuery> statements() {
        return List.copyOf(statements);
    }

    /**
     * The SQL shapes run {@code threshold} times or more, in order of first appearance, each with its count and
     * the call site of its first repetition: {@code log.repeatedShapes(5)} lists the likely N+1 loops.
     *
     * @throws IllegalArgumentException if {@code threshold} is below 1
     */
    public List<RepeatedQuery> repeatedShapes(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("repeatedShapes threshold must be at least 1, got " + threshold);
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> sites = new LinkedHashMap<>();
        for (ExecutedQuery q : statements()) {
            counts.computeIfAbsent(q.sql(), k -> new int[1])[0]++;
            if (!q.callSite().isEmpty()) {
                sites.putIfAbsent(q.sql(), q.callSite());
            }
        }
        List<RepeatedQuery> out = new ArrayList<>();
        counts.forEach((sql, n) -> {
            if (n[0] >= threshold) {
                out.add(new RepeatedQuery(sql, n[0], sites.getOrDefault(sql, "")));
            }
        });
        return List.copyOf(out);
    }

    /** One numbered line per statement, for failure messages. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        List<ExecutedQuery> all = statements();
        for (int i = 0; i < all.size(); i++) {
            out.append("  ").append(i + 1).append(". ").append(all.get(i)).append('\n');
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return String.format("QueryLog[%d statements, %.2f ms]", count(), totalMillis());
    }
}

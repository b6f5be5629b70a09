package dev.jango.db.connection;

import java.util.ArrayList;
import java.util.List;

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

    public QueryLog() {
    }

    synchronized void add(ExecutedQuery query) {
        statements.add(query);
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

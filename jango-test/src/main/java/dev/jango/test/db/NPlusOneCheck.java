package dev.jango.test.db;

import dev.jango.db.connection.QueryLog;
import dev.jango.db.connection.RepeatedQuery;
import java.util.List;
import java.util.Locale;

/**
 * The N+1 gate of {@link DatabaseTest}: after a test passes, fails it when one read shape ran {@code threshold}
 * times or more. Only reads count: a test that inserts ten fixtures in a loop is setting up, not leaking queries.
 *
 * <pre>{@code
 * NPlusOneCheck.check(log, 5);   // AssertionError: N+1: 10x SELECT … WHERE "author"."id" = ? at BookTest.list(…)
 * }</pre>
 */
public final class NPlusOneCheck {
    private NPlusOneCheck() {
    }

    /**
     * Throws when a read shape in {@code log} ran {@code threshold} times or more; {@code threshold} 0 disables.
     *
     * @throws AssertionError listing each shape with its count and first call site
     */
    public static void check(QueryLog log, int threshold) {
        if (threshold <= 0) {
            return;
        }
        List<RepeatedQuery> reads = log.repeatedShapes(threshold).stream().filter(NPlusOneCheck::isRead).toList();
        if (reads.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder("N+1 queries: a statement shape ran " + threshold
                + " or more times in this test (load the relation in the first query with selectRelated/"
                + "prefetchRelated, or raise @DatabaseTest(nPlusOneThreshold = …); 0 disables)");
        for (RepeatedQuery r : reads) {
            message.append("\n  ").append(r.count()).append("x ").append(r.sql())
                    .append("\n     first at ").append(r.callSite().isEmpty() ? "<unknown>" : r.callSite());
        }
        throw new AssertionError(message.toString());
    }

    private static boolean isRead(RepeatedQuery r) {
        String sql = r.sql().stripLeading().toUpperCase(Locale.ROOT);
        return sql.startsWith("SELECT") || sql.startsWith("WITH");
    }
}

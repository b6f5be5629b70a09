package dev.jango.test.db;

import dev.jango.db.connection.QueryLog;
import dev.jango.db.connection.Queries;
import org.opentest4j.AssertionFailedError;

/**
 * Query budgets for tests: assert how many statements a block runs, on any database. A failure lists every
 * statement with its SQL, parameters and time.
 *
 * <pre>{@code
 * import static dev.jango.test.db.QueryAssertions.*;
 * assertNumQueries(2, () -> Book.objects.prefetchRelated(BOOK.tags).list());
 * assertMaxQueries(3, () -> view.handle(request));
 * // expected exactly 2 statements, but 3 ran:
 * //   1. [default] SELECT "book"."id", … FROM "book" (0.31 ms)
 * //   2. [default] SELECT … FROM "book_tag" WHERE "book_id" IN (?, ?) params=[1, 2] (0.12 ms)
 * //   3. …
 * }</pre>
 */
public final class QueryAssertions {
    private QueryAssertions() {
    }

    /** Rethrows without wrapping, so the test report shows the block's own exception. */
    private static final class Sneaky {
        @SuppressWarnings("unchecked")
        static <X extends Throwable> X rethrow(Throwable t) throws X {
            throw (X) t;
        }
    }

    /** Runs {@code block} and fails unless it ran exactly {@code expected} statements; returns the log. */
    public static QueryLog assertNumQueries(int expected, ThrowingRunnable block) {
        QueryLog log = run(block);
        if (log.count() != expected) {
            throw new AssertionFailedError("expected exactly " + expected + " statements, but " + log.count()
                    + " ran:\n" + log.describe(), expected, log.count());
        }
        return log;
    }

    /** Runs {@code block} and fails if it ran more than {@code max} statements; returns the log. */
    public static QueryLog assertMaxQueries(int max, ThrowingRunnable block) {
        QueryLog log = run(block);
        if (log.count() > max) {
            throw new AssertionFailedError("expected at most " + max + " statements, but " + log.count()
                    + " ran:\n" + log.describe());
        }
        return log;
    }

    /** Exceptions from the block propagate unchanged (checked ones too), so a failing block fails the test. */
    private static QueryLog run(ThrowingRunnable block) {
        QueryLog log = new QueryLog();
        Throwable[] failure = new Throwable[1];
        try {
            Queries.scope(log, () -> {
                try {
                    block.run();
                } catch (Throwable t) {
                    failure[0] = t;
                }
                return null;
            });
        } catch (Exception e) {
            failure[0] = e;
        }
        if (failure[0] != null) {
            throw Sneaky.<RuntimeException>rethrow(failure[0]);
        }
        return log;
    }
}

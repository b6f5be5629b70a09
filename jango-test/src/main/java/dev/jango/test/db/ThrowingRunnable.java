package dev.jango.test.db;

/**
 * A block of test code that may throw anything; used by {@link QueryAssertions}.
 *
 * <pre>{@code assertNumQueries(1, () -> Book.objects.get(BOOK.id.eq(1L)));}</pre>
 */
@FunctionalInterface
public interface ThrowingRunnable {
    void run() throws Throwable;
}

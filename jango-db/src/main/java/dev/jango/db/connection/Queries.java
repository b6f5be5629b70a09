package dev.jango.db.connection;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Records the statements every {@link Database} runs. A scope is bound with a {@link ScopedValue} for the length
 * of one call, so nothing is left behind on the thread; scopes nest, and a statement is recorded in every scope
 * active when it runs (a request's log and a test's budget both see it).
 *
 * <pre>{@code
 * QueryLog log = Queries.capture(() -> { Book.objects.filter(BOOK.title.startsWith("A")).list(); });
 * assert log.count() == 1;
 * Captured<List<Book>> c = Queries.capture(() -> Book.objects.all().list());   // a value-returning lambda
 * c.value(); c.log().count();                                                 // picks the Supplier form
 *
 * QueryLog requestLog = new QueryLog();
 * Response r = Queries.scope(requestLog, () -> view.handle(request));   // db_queries=requestLog.count()
 * }</pre>
 */
public final class Queries {
    private static final ScopedValue<Scope> ACTIVE = ScopedValue.newInstance();

    /** Active logs, innermost first. Immutable: nesting a scope binds a new head. */
    private record Scope(QueryLog log, Scope outer) {
    }

    private Queries() {
    }

    /** Runs {@code body} and returns the statements it ran. */
    public static QueryLog capture(Runnable body) {
        QueryLog log = new QueryLog();
        ScopedValue.where(ACTIVE, new Scope(log, bound(ACTIVE))).run(body);
        return log;
    }

    /** Runs {@code body} and returns its value with the statements it ran. */
    public static <T> Captured<T> capture(Supplier<T> body) {
        QueryLog log = new QueryLog();
        T value = ScopedValue.where(ACTIVE, new Scope(log, bound(ACTIVE))).call(body::get);
        return new Captured<>(value, log);
    }

    /**
     * Runs {@code body}, recording every statement it runs into {@code log} (and into any enclosing scope).
     * Exceptions from {@code body} propagate unchanged; the statements run before them stay recorded.
     */
    public static <T> T scope(QueryLog log, Callable<T> body) throws Exception {
        return ScopedValue.where(ACTIVE, new Scope(log, bound(ACTIVE))).call(body::call);
    }

    /** True when some scope is recording, so callers can skip building the parameter list otherwise. */
    static boolean recording() {
        return ACTIVE.isBound();
    }

    static void record(String alias, String sql, List<Object> params, long nanos) {
        Scope scope = bound(ACTIVE);
        if (scope == null) {
            return;
        }
        ExecutedQuery query = new ExecutedQuery(alias, sql, params, nanos, repeated(scope, sql) ? CallSites.find() : "");
        for (Scope s = scope; s != null; s = s.outer()) {
            s.log().add(query);
        }
    }

    /**
     * Whether some recording scope already ran {@code sql}. Only a repetition needs its call site (the N+1 report
     * names the loop's line), and walking the stack for every statement cost a few percent of a whole request.
     */
    private static boolean repeated(Scope scope, String sql) {
        for (Scope s = scope; s != null; s = s.outer()) {
            if (s.log().hasRun(sql)) {
                return true;
            }
        }
        return false;
    }

    /** The value bound to {@code key}, or null: {@code ScopedValue.orElse} refuses a null default. */
    private static <T> T bound(ScopedValue<T> key) {
        return key.isBound() ? key.get() : null;
    }
}

package dev.jango.db.routing;

import java.util.concurrent.Callable;

/**
 * A scope (one web request, one job) that remembers whether it wrote: once any write was routed inside it, the
 * {@link PrimaryReplicaRouter} sends the scope's remaining reads to the primary, so the scope reads its own
 * writes despite replication lag. Open it with {@code Db.pinToPrimary(...)}; the request middleware does.
 *
 * <pre>{@code
 * Db.pinToPrimary(() -> {
 *     Book.objects.all().count();          // a replica
 *     Book.objects.create(b -> b.title = "Dune");
 *     return Book.objects.all().count();   // the primary: this scope wrote
 * });
 * }</pre>
 */
public final class ReadYourWrites {
    private static final ScopedValue<Flag> SCOPE = ScopedValue.newInstance();

    /** The per-scope flag: confined to the scope's call, written once from false to true. */
    private static final class Flag {
        private volatile boolean wrote;
    }

    private ReadYourWrites() {
    }

    /** Runs {@code body} in a new scope; exceptions propagate unchanged. */
    public static <T> T scope(Callable<T> body) throws Exception {
        return ScopedValue.where(SCOPE, new Flag()).call(body::call);
    }

    /** Records a write in the current scope, if any. Called by {@code Db.forWrite}. */
    public static void noteWrite() {
        if (SCOPE.isBound()) {
            SCOPE.get().wrote = true;
        }
    }

    /** True inside a scope that has written. */
    public static boolean wrote() {
        return SCOPE.isBound() && SCOPE.get().wrote;
    }

    /** True inside any scope. */
    public static boolean active() {
        return SCOPE.isBound();
    }
}

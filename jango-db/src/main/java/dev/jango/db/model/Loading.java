package dev.jango.db.model;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Opt-in lenient loading. Strict loading (the default) makes {@link Ref#get()} on an unloaded reference throw
 * {@link RelationNotLoaded}; inside {@code Loading.lenient(...)} it instead loads the related row by id with one
 * query and caches it in that {@code Ref}. Meant for scripts, shells and migrating old code: a loop still runs
 * one query per row, and the N+1 detector ({@code QueryLog.repeatedShapes}) still reports it.
 *
 * <pre>{@code
 * String names = Loading.lenient(() -> books.stream().map(b -> b.author.get().name).toList().toString());
 * }</pre>
 */
public final class Loading {
    /** One query through the target's manager: {@code SELECT … WHERE pk = ?}. */
    private static final LenientScope.Loader BY_ID = (target, id) ->
            Manager.of(target.modelClass().asSubclass(Entity.class)).get(target.pk().name(), id);

    private Loading() {
    }

    /** Runs {@code body} with lenient loading and returns its value. */
    public static <T> T lenient(Supplier<T> body) {
        return ScopedValue.where(LenientScope.LOADER, BY_ID).call(body::get);
    }

    /** Runs {@code body} with lenient loading. */
    public static void lenient(Runnable body) {
        ScopedValue.where(LenientScope.LOADER, BY_ID).run(body);
    }

    /** Runs {@code body} with lenient loading; its checked exceptions propagate. */
    public static <T> T lenientCall(Callable<T> body) throws Exception {
        return ScopedValue.where(LenientScope.LOADER, BY_ID).call(body::call);
    }

    /** True inside a {@link #lenient} call. */
    public static boolean isLenient() {
        return LenientScope.current() != null;
    }
}

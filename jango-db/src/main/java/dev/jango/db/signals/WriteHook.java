package dev.jango.db.signals;

/**
 * Sees every write of a model: called exactly once per manager or QuerySet write, after the SQL ran and inside
 * the same transaction. Throwing rolls the write back and the exception propagates to the caller.
 *
 * <pre>{@code
 * Signals.builder().hook(Book.class, w -> auditTrail.record(w.operation(), w.objects())).build();
 * }</pre>
 *
 * @param <M> the model (use {@code Entity} for a hook on every model)
 */
@FunctionalInterface
public interface WriteHook<M> {
    void written(Write<M> write);
}

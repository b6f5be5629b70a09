package dev.jango.db.connection;

/**
 * A checked exception escaped an atomic block (thrown sneakily, since {@code Supplier} and {@code Runnable}
 * declare none): the block was rolled back and the exception is the cause. Unchecked exceptions propagate as they
 * are.
 *
 * <pre>{@code
 * catch (AtomicBlockFailed e) { if (e.getCause() instanceof IOException io) …; }
 * }</pre>
 */
public final class AtomicBlockFailed extends RuntimeException {
    public AtomicBlockFailed(String alias, Throwable cause) {
        super("atomic block on database '" + alias + "' rolled back: " + cause, cause);
    }
}

package dev.jango.db.signals;

/**
 * The kind of write a {@link WriteHook} observes.
 *
 * <pre>{@code if (write.operation() == Operation.BULK_CREATE) cache.evictAll(write.model());}</pre>
 */
public enum Operation {
    /** One row inserted (save of a new instance, create, getOrCreate, updateOrCreate). */
    INSERT,
    /** One row updated (save of a persisted instance, save with update fields, updateOrCreate). */
    UPDATE,
    /** One row deleted through the manager. */
    DELETE,
    /** {@code Manager.bulkCreate}. */
    BULK_CREATE,
    /** {@code Manager.bulkUpdate}. */
    BULK_UPDATE,
    /** {@code QuerySet.update} (also each batch of {@code updateInBatches}). */
    QUERY_UPDATE,
    /** {@code QuerySet.delete}. */
    QUERY_DELETE,
    /** Rows a delete removed because a CASCADE key pointed at a deleted row (one write per model). */
    CASCADE_DELETE,
    /** Rows whose SET_NULL / SET_DEFAULT key a delete changed (one write per model). */
    CASCADE_UPDATE;

    /** Whether this write can touch many rows in one call. */
    public boolean isBulk() {
        return ordinal() >= BULK_CREATE.ordinal();
    }
}

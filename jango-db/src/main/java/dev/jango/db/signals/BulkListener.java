package dev.jango.db.signals;

/**
 * Receives bulkCreated / bulkUpdated / bulkDeleted: one call per bulk write (per batch for
 * {@code updateInBatches}), never per row, with the objects or the QuerySet and the row count.
 *
 * <pre>{@code builder.bulkDeleted(Book.class, w -> search.reindex(w.model(), w.rows()));}</pre>
 *
 * @param <M> the model
 */
@FunctionalInterface
public interface BulkListener<M> {
    void bulk(Write<M> write);
}

package dev.jango.db.bulk;

/**
 * Progress of {@code QuerySet.updateInBatches}, reported after each committed batch.
 *
 * <pre>{@code qs.updateInBatches(5_000, p -> log.info("{}/{} rows", p.rowsUpdated(), p.rowsMatched()), …);}</pre>
 *
 * @param batch       the batch just done, from 1
 * @param rowsUpdated rows updated so far
 * @param rowsMatched rows the QuerySet matched when the update started
 * @param lastKey     the highest primary key updated so far
 */
public record BatchProgress(int batch, long rowsUpdated, long rowsMatched, Object lastKey) {
}

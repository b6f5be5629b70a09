package dev.jango.db.bulk;

/**
 * What a bulkCreate did, row by row: a conflict is counted, never silent.
 *
 * <pre>{@code
 * BulkResult r = Book.objects.bulkCreate(books, 1000, OnConflict.ignore());
 * assert r.inserted() + r.ignored() + r.updated() == books.size();
 * }</pre>
 *
 * @param inserted rows inserted (their objects now carry their keys)
 * @param ignored  objects skipped because their row already existed ({@link OnConflict#ignore()})
 * @param updated  existing rows updated from the objects ({@link OnConflict#update})
 */
public record BulkResult(long inserted, long ignored, long updated) {
    public static final BulkResult NONE = new BulkResult(0, 0, 0);

    /** The sum of two batches' results. */
    public BulkResult plus(BulkResult other) {
        return new BulkResult(inserted + other.inserted, ignored + other.ignored, updated + other.updated);
    }

    /** Rows written (inserted + updated). */
    public long written() {
        return inserted + updated;
    }
}

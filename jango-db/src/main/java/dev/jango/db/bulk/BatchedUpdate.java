package dev.jango.db.bulk;

import dev.jango.db.expr.Assignment;
import dev.jango.db.meta.Field;
import dev.jango.db.model.Entity;
import dev.jango.db.query.QuerySet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A large QuerySet update cut into primary-key ranges: each batch reads the next {@code batchSize} keys of the
 * QuerySet in key order, updates the rows of that range still matching the filter, and reports progress. Each
 * batch is its own statement (and transaction outside atomic), so locks stay short; inside an atomic block the
 * whole run rolls back together. Framework use: applications call {@code QuerySet.updateInBatches}.
 *
 * <pre>{@code long n = BatchedUpdate.run(Book.objects.filter(BOOK.pages.gt(0)), 5_000, p -> { }, BOOK.pages.to(1));}</pre>
 */
public final class BatchedUpdate {
    private BatchedUpdate() {
    }

    /** Runs the update; returns the rows updated. */
    public static <M extends Entity> long run(QuerySet<M> qs, int batchSize, Consumer<BatchProgress> progress,
                                              Assignment... assignments) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException(qs.model().name() + ".updateInBatches: batchSize must be positive, "
                    + "got " + batchSize);
        }
        if (assignments.length == 0) {
            throw new IllegalArgumentException(qs.model().name() + ".updateInBatches needs at least one assignment");
        }
        Field<M, ?> pk = qs.model().pk();
        String after = pk.name() + "__gt";
        String upTo = pk.name() + "__lte";
        long matched = qs.count();
        long updated = 0;
        int batch = 0;
        Object last = null;
        while (true) {
            QuerySet<M> rest = last == null ? qs : qs.filter(after, last);
            List<?> keys = rest.orderBy(pk.asc()).limit(batchSize).valuesList(pk).list();
            if (keys.isEmpty()) {
                return updated;
            }
            Object high = keys.getLast();
            QuerySet<M> range = last == null ? qs.filter(upTo, high) : qs.filter(Map.of(after, last, upTo, high));
            updated += range.update(assignments);
            last = high;
            progress.accept(new BatchProgress(++batch, updated, matched, last));
            if (keys.size() < batchSize) {
                return updated;
            }
        }
    }
}

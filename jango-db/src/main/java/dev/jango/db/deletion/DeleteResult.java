package dev.jango.db.deletion;

import dev.jango.db.meta.ModelMeta;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a delete removed: the total row count and the count per model name, in the order the models were
 * deleted (children first); models with no deleted row are left out. Rows changed by SET_NULL / SET_DEFAULT are
 * not counted (they were updated, not deleted).
 *
 * <pre>{@code
 * DeleteResult r = Author.objects.filter(AUTHOR.name.eq("Banks")).delete();
 * r.total();                 // 4
 * r.perModel();              // {BookTag=1, Book=2, Author=1}
 * r.count(BOOK);             // 2
 * }</pre>
 *
 * @param total    rows deleted, all models together
 * @param perModel rows deleted per model name ({@code Book}); unmodifiable, in delete order
 */
public record DeleteResult(int total, Map<String, Integer> perModel) {
    /** Nothing deleted. */
    public static final DeleteResult NONE = new DeleteResult(Map.of());

    public DeleteResult {
        Map<String, Integer> kept = new LinkedHashMap<>();
        int sum = 0;
        for (Map.Entry<String, Integer> e : perModel.entrySet()) {
            if (e.getValue() < 0) {
                throw new IllegalArgumentException("negative count " + e.getValue() + " for " + e.getKey());
            }
            if (e.getValue() > 0) {
                kept.put(e.getKey(), e.getValue());
                sum += e.getValue();
            }
        }
        if (sum != total) {
            throw new IllegalArgumentException("total " + total + " is not the sum of " + kept);
        }
        perModel = Collections.unmodifiableMap(kept);
    }

    /** The result for the counts per model name; the total is their sum. */
    public DeleteResult(Map<String, Integer> perModel) {
        this(perModel.values().stream().mapToInt(Integer::intValue).sum(), perModel);
    }

    /** {@code rows} rows of one model. */
    public static DeleteResult of(ModelMeta<?> model, int rows) {
        return new DeleteResult(Map.of(model.name(), rows));
    }

    /** Rows deleted of {@code model} (0 when none). */
    public int count(ModelMeta<?> model) {
        return perModel.getOrDefault(model.name(), 0);
    }
}

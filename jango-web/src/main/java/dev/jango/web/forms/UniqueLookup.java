package dev.jango.web.forms;

import dev.jango.db.meta.ModelMeta;
import dev.jango.db.model.Entity;
import dev.jango.db.query.QuerySet;
import java.util.Map;
import java.util.Optional;

/**
 * Asks whether a row with the given field values exists, for a model form's unique checks. The default runs one
 * {@code EXISTS} query per constraint through {@link QuerySet} on the current database; tests or multi-database
 * code may supply another.
 *
 * <pre>{@code
 * UniqueLookup.queries().exists(BOOK, Map.of("title", "Dune"), Optional.of(7L));
 * // SELECT 1 FROM book WHERE title = ? AND NOT (id = ?) LIMIT 1
 * }</pre>
 */
@FunctionalInterface
public interface UniqueLookup {
    /** Whether a row other than {@code excludePk} has exactly {@code values} (field name → value). */
    boolean exists(ModelMeta<?> model, Map<String, Object> values, Optional<Object> excludePk);

    /** The lookup through the ORM. */
    static UniqueLookup queries() {
        return (model, values, excludePk) -> {
            QuerySet<?> qs = QuerySet.of(entityMeta(model)).filter(values);
            if (excludePk.isPresent()) {
                qs = qs.exclude(model.pk().name(), excludePk.get());
            }
            return qs.exists();
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ModelMeta<Entity> entityMeta(ModelMeta<?> model) {
        if (!Entity.class.isAssignableFrom(model.modelClass())) {
            throw new IllegalArgumentException(model.name() + " does not extend Entity, so it cannot be queried");
        }
        return (ModelMeta) model;
    }
}

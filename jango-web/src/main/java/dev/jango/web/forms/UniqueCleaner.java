package dev.jango.web.forms;

import dev.jango.db.meta.Field;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.meta.UniqueSpec;
import dev.jango.db.model.Entity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The model form's last cleaning step: single-field {@code @Unique} and multi-field unique constraints, checked
 * only when every field of the constraint is in the form and cleaned to a non-null value (NULLs never clash).
 */
final class UniqueCleaner<M extends Entity> implements FormCleaner {
    private final ModelMeta<M> model;
    private final UniqueLookup lookup;
    private final M instance;
    private final Set<String> formFields;

    UniqueCleaner(ModelMeta<M> model, UniqueLookup lookup, M instance, Set<String> formFields) {
        this.model = model;
        this.lookup = lookup;
        this.instance = instance;
        this.formFields = formFields;
    }

    @Override
    public void clean(CleanedData data, Errors errors) {
        Optional<Object> self = instance.isPersisted() ? Optional.of(model.pk().get(instance)) : Optional.empty();
        for (Field<M, ?> f : model.fields()) {
            if (f.spec().unique() && !f.spec().primaryKey() && usable(data, List.of(f.name()))) {
                if (lookup.exists(model, values(f.name(), data), self)) {
                    errors.add(f.name(), "unique", ModelFields.capitalized(model.spec().verboseName())
                            + " with this " + label(f) + " already exists.");
                }
            }
        }
        for (UniqueSpec u : model.spec().uniques()) {
            if (usable(data, u.fields())) {
                Map<String, Object> values = new LinkedHashMap<>();
                u.fields().forEach(n -> values.putAll(values(n, data)));
                if (lookup.exists(model, values, self)) {
                    List<String> labels = new ArrayList<>();
                    u.fields().forEach(n -> labels.add(label(model.field(n).orElseThrow())));
                    errors.add(Errors.NON_FIELD, "unique_together", ModelFields.capitalized(model.spec()
                            .verboseName()) + " with this " + String.join(" and ", labels) + " already exists.");
                }
            }
        }
    }

    private boolean usable(CleanedData data, List<String> names) {
        return names.stream().allMatch(n -> formFields.contains(n) && data.value(n) != null);
    }

    private Map<String, Object> values(String name, CleanedData data) {
        Field<M, ?> f = model.field(name).orElseThrow();
        return Map.of(name, ModelFields.toModel(f, data.value(name)));
    }

    private static String label(Field<?, ?> f) {
        return ModelFields.capitalized(f.spec().verboseName());
    }
}

package dev.jango.db.meta;

import java.util.List;

/** The model-level declarations of a {@code @Model} class. */
public record ModelSpec(
        String name,
        String table,
        String verboseName,
        List<String> ordering,
        List<IndexSpec> indexes,
        List<UniqueSpec> uniques,
        List<CheckSpec> checks) {

    public ModelSpec {
        ordering = List.copyOf(ordering);
        indexes = List.copyOf(indexes);
        uniques = List.copyOf(uniques);
        checks = List.copyOf(checks);
    }
}

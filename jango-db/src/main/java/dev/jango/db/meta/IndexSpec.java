package dev.jango.db.meta;

import java.util.List;

/** A composite index; a field name with a leading {@code -} is indexed descending. */
public record IndexSpec(String name, List<String> fields) {
    public IndexSpec {
        fields = List.copyOf(fields);
    }
}

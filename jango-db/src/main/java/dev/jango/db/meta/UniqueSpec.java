package dev.jango.db.meta;

import java.util.List;

/** A unique constraint across several fields. */
public record UniqueSpec(String name, List<String> fields) {
    public UniqueSpec {
        fields = List.copyOf(fields);
    }
}

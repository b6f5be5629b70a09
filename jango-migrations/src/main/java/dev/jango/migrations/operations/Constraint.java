package dev.jango.migrations.operations;

import dev.jango.db.meta.CheckSpec;
import dev.jango.db.meta.UniqueSpec;
import dev.jango.db.schema.Table;

/** A table constraint: a check or a composite unique. */
public sealed interface Constraint {
    /** The name it has in the database. */
    String name(Table table);

    record Check(CheckSpec spec) implements Constraint {
        @Override
        public String name(Table table) {
            return spec.name();
        }
    }

    record Unique(UniqueSpec spec) implements Constraint {
        @Override
        public String name(Table table) {
            return table.uniqueName(spec);
        }
    }
}

package dev.jango.migrations.operations;

import dev.jango.db.meta.CheckSpec;
import dev.jango.db.meta.UniqueSpec;
import dev.jango.db.schema.Table;

/** A table constraint: a check, a composite unique or a foreign key. */
public sealed interface Constraint {
    /** The name it has in the database. */
    String name(Table table);

    record Check(CheckSpec spec) implements Constraint {
        @Override
        public String name(Table table) {
            return spec.name();
        }
    }

    /** A foreign key added to an existing table (NOT VALID first on PostgreSQL, then validated). */
    record ForeignKey(dev.jango.db.schema.ForeignKeySpec spec) implements Constraint {
        @Override
        public String name(Table table) {
            return spec.name(table.name());
        }
    }

    record Unique(UniqueSpec spec) implements Constraint {
        @Override
        public String name(Table table) {
            return table.uniqueName(spec);
        }
    }
}

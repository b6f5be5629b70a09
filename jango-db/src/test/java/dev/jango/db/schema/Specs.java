package dev.jango.db.schema;

import dev.jango.db.meta.FieldKind;
import dev.jango.db.meta.FieldSpec;
import java.util.List;
import java.util.Optional;

/** Compact FieldSpec construction for tests. */
final class Specs {
    private Specs() {
    }

    static FieldSpec pk() {
        return new FieldSpec("id", "id", FieldKind.BIG_AUTO, false, false, false, false, true, Optional.empty(),
                List.of(), 0, 0, 0, "id", "");
    }

    static FieldSpec field(String name, FieldKind kind) {
        return FieldSpec.of(name, name, kind);
    }

    static FieldSpec chars(String name, int max) {
        return sized(field(name, FieldKind.CHAR), max, 0, 0);
    }

    static FieldSpec decimal(String name, int precision, int scale) {
        return sized(field(name, FieldKind.DECIMAL), 0, precision, scale);
    }

    static FieldSpec sized(FieldSpec f, int max, int precision, int scale) {
        return new FieldSpec(f.name(), f.column(), f.kind(), f.nullable(), f.blank(), f.unique(), f.indexed(),
                f.primaryKey(), f.defaultValue(), f.choices(), max, precision, scale, f.verboseName(), f.helpText());
    }

    static FieldSpec nullable(FieldSpec f) {
        return new FieldSpec(f.name(), f.column(), f.kind(), true, f.blank(), f.unique(), f.indexed(),
                f.primaryKey(), f.defaultValue(), f.choices(), f.maxLength(), f.precision(), f.scale(),
                f.verboseName(), f.helpText());
    }

    static FieldSpec required(FieldSpec f) {
        return new FieldSpec(f.name(), f.column(), f.kind(), false, f.blank(), f.unique(), f.indexed(),
                f.primaryKey(), f.defaultValue(), f.choices(), f.maxLength(), f.precision(), f.scale(),
                f.verboseName(), f.helpText());
    }

    static FieldSpec unique(FieldSpec f) {
        return new FieldSpec(f.name(), f.column(), f.kind(), f.nullable(), f.blank(), true, f.indexed(),
                f.primaryKey(), f.defaultValue(), f.choices(), f.maxLength(), f.precision(), f.scale(),
                f.verboseName(), f.helpText());
    }

    static FieldSpec indexed(FieldSpec f) {
        return new FieldSpec(f.name(), f.column(), f.kind(), f.nullable(), f.blank(), f.unique(), true,
                f.primaryKey(), f.defaultValue(), f.choices(), f.maxLength(), f.precision(), f.scale(),
                f.verboseName(), f.helpText());
    }

    static FieldSpec withDefault(FieldSpec f, String value) {
        return new FieldSpec(f.name(), f.column(), f.kind(), f.nullable(), f.blank(), f.unique(), f.indexed(),
                f.primaryKey(), Optional.of(value), f.choices(), f.maxLength(), f.precision(), f.scale(),
                f.verboseName(), f.helpText());
    }
}

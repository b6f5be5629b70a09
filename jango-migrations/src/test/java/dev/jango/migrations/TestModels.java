package dev.jango.migrations;

import dev.jango.db.meta.CheckSpec;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.FieldKind;
import dev.jango.db.meta.FieldSpec;
import dev.jango.db.meta.IndexSpec;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.meta.ModelSpec;
import dev.jango.db.meta.UniqueSpec;
import dev.jango.db.meta.ValueReader;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hand-built metamodels for tests: migrations read only specs, so a model needs no generated class. A builder
 * keeps the 20-model test app short.
 */
final class TestModels {
    private TestModels() {
    }

    /** A row type the metamodels are typed on; never instantiated with data. */
    static final class Row {
    }

    static final class Builder {
        private final String name;
        private final String table;
        private final List<FieldSpec> fields = new ArrayList<>();
        private final List<IndexSpec> indexes = new ArrayList<>();
        private final List<UniqueSpec> uniques = new ArrayList<>();
        private final List<CheckSpec> checks = new ArrayList<>();

        Builder(String name, String table) {
            this.name = name;
            this.table = table;
            fields.add(new FieldSpec("id", "id", FieldKind.BIG_AUTO, false, false, false, false, true,
                    Optional.empty(), List.of(), 0, 0, 0, "id", ""));
        }

        Builder field(FieldSpec f) {
            fields.add(f);
            return this;
        }

        Builder chars(String name, int max) {
            return field(spec(name, FieldKind.CHAR, max, 0, 0, false, Optional.empty()));
        }

        Builder nullable(String name, FieldKind kind) {
            return field(spec(name, kind, kind == FieldKind.CHAR || kind == FieldKind.ENUM ? 50 : 0,
                    kind == FieldKind.DECIMAL ? 10 : 0, kind == FieldKind.DECIMAL ? 2 : 0, true, Optional.empty()));
        }

        Builder with(String name, FieldKind kind, String dflt) {
            return field(spec(name, kind, kind == FieldKind.CHAR || kind == FieldKind.ENUM ? 50 : 0,
                    kind == FieldKind.DECIMAL ? 10 : 0, kind == FieldKind.DECIMAL ? 2 : 0, false, Optional.of(dflt)));
        }

        Builder index(String indexName, String... fieldNames) {
            indexes.add(new IndexSpec(indexName, List.of(fieldNames)));
            return this;
        }

        Builder unique(String uniqueName, String... fieldNames) {
            uniques.add(new UniqueSpec(uniqueName, List.of(fieldNames)));
            return this;
        }

        Builder check(String checkName, String condition) {
            checks.add(new CheckSpec(checkName, condition));
            return this;
        }

        ModelMeta<Row> build() {
            List<Field<Row, ?>> fs = new ArrayList<>();
            fields.forEach(f -> fs.add(new TestField(f)));
            return new ModelMeta<>(Row.class, new ModelSpec(name, table, name, List.of(), indexes, uniques, checks),
                    fs) {
                @Override
                public Row newInstance() {
                    return new Row();
                }

                @Override
                public Row mapRow(ResultSet rs, int offset, ValueReader reader) {
                    return new Row();
                }
            };
        }
    }

    static Builder model(String name, String table) {
        return new Builder(name, table);
    }

    static FieldSpec spec(String name, FieldKind kind, int max, int precision, int scale, boolean nullable,
                          Optional<String> dflt) {
        return new FieldSpec(name, name, kind, nullable, false, false, false, false, dflt, List.of(), max, precision,
                scale, name.replace('_', ' '), "");
    }

    static final class TestField extends Field<Row, Object> {
        TestField(FieldSpec spec) {
            super(spec, r -> null, (r, v) -> { });
        }

        @Override
        public Object read(ResultSet rs, int column, ValueReader reader) {
            return null;
        }
    }
}

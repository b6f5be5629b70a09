package dev.jango.db.schema;

import dev.jango.db.meta.CheckSpec;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.FieldSpec;
import dev.jango.db.meta.IndexSpec;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.meta.UniqueSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The schema of one table as the editor sees it: columns (as {@link FieldSpec}s, so migrations can describe
 * historical tables without model classes), composite indexes, unique constraints and checks.
 *
 * <pre>{@code
 * Table book = Table.of(BookMeta.BOOK);
 * Table renamed = book.withName("library_book");
 * }</pre>
 */
public record Table(String name, List<FieldSpec> fields, List<IndexSpec> indexes, List<UniqueSpec> uniques,
                    List<CheckSpec> checks) {

    public Table {
        Objects.requireNonNull(name, "name");
        fields = List.copyOf(fields);
        indexes = List.copyOf(indexes);
        uniques = List.copyOf(uniques);
        checks = List.copyOf(checks);
    }

    /** The table of a model, straight from its metamodel. */
    public static Table of(ModelMeta<?> meta) {
        List<FieldSpec> specs = new ArrayList<>();
        for (Field<?, ?> f : meta.fields()) {
            specs.add(f.spec());
        }
        return new Table(meta.table(), specs, meta.spec().indexes(), meta.spec().uniques(), meta.spec().checks());
    }

    public Optional<FieldSpec> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    /** The field named {@code fieldName}; a {@link SchemaException} naming the table if there is none. */
    public FieldSpec requireField(String fieldName) {
        return field(fieldName).orElseThrow(() -> new SchemaException(
                "table " + name + " has no field '" + fieldName + "' (fields: "
                        + fields.stream().map(FieldSpec::name).toList() + ")"));
    }

    /** The name the index has in the database: its own, or the one generated from table and columns. */
    public String indexName(IndexSpec index) {
        return IndexDef.of(this, index).name();
    }

    /** The name the unique constraint has in the database: its own, or the generated one. */
    public String uniqueName(UniqueSpec unique) {
        return IndexDef.of(this, unique).name();
    }

    public Table withName(String newName) {
        return new Table(newName, fields, indexes, uniques, checks);
    }

    public Table withFields(List<FieldSpec> newFields) {
        return new Table(name, newFields, indexes, uniques, checks);
    }

    public Table withIndexes(List<IndexSpec> newIndexes) {
        return new Table(name, fields, newIndexes, uniques, checks);
    }

    public Table withUniques(List<UniqueSpec> newUniques) {
        return new Table(name, fields, indexes, newUniques, checks);
    }

    public Table withChecks(List<CheckSpec> newChecks) {
        return new Table(name, fields, indexes, uniques, newChecks);
    }

    /** This table with {@code fieldName} replaced by {@code change.apply(old)}. */
    public Table mapField(String fieldName, UnaryOperator<FieldSpec> change) {
        FieldSpec old = requireField(fieldName);
        return withFields(fields.stream().map(f -> f == old ? change.apply(f) : f).toList());
    }
}

package dev.jango.db.schema;

import dev.jango.db.meta.CheckSpec;
import dev.jango.db.meta.EnumField;
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
                    List<CheckSpec> checks, List<ForeignKeySpec> foreignKeys) {

    public Table {
        Objects.requireNonNull(name, "name");
        fields = List.copyOf(fields);
        indexes = List.copyOf(indexes);
        uniques = List.copyOf(uniques);
        checks = List.copyOf(checks);
        foreignKeys = List.copyOf(foreignKeys);
    }

    /** A table without foreign keys. */
    public Table(String name, List<FieldSpec> fields, List<IndexSpec> indexes, List<UniqueSpec> uniques,
                 List<CheckSpec> checks) {
        this(name, fields, indexes, uniques, checks, List.of());
    }

    /** The table of a model, straight from its metamodel. */
    public static Table of(ModelMeta<?> meta) {
        List<FieldSpec> specs = new ArrayList<>();
        for (Field<?, ?> f : meta.fields()) {
            specs.add(f instanceof EnumField<?, ?> e ? storedEnum(e) : f.spec());
        }
        return new Table(meta.table(), specs, meta.spec().indexes(), meta.spec().uniques(), meta.spec().checks(),
                ForeignKeys.of(meta));
    }

    /**
     * An enum column as stored: its length fits the longest stored key, and its default is the default constant's
     * stored key ({@code @Default("PAPERBACK")} on a {@code Keyed} enum whose key is {@code "pb"} stores 'pb').
     */
    private static FieldSpec storedEnum(EnumField<?, ?> field) {
        FieldSpec f = field.spec();
        int longest = 1;
        for (Enum<?> constant : field.enumType().getEnumConstants()) {
            longest = Math.max(longest, EnumField.keyOf(constant).length());
        }
        Optional<String> dflt = f.defaultValue().map(name -> keyOfConstant(field.enumType(), name));
        return new FieldSpec(f.name(), f.column(), f.kind(), f.nullable(), f.blank(), f.unique(), f.indexed(),
                f.primaryKey(), dflt, f.choices(), Math.max(f.maxLength(), longest), f.precision(), f.scale(),
                f.verboseName(), f.helpText());
    }

    private static String keyOfConstant(Class<? extends Enum<?>> type, String name) {
        for (Enum<?> constant : type.getEnumConstants()) {
            if (constant.name().equals(name) || EnumField.keyOf(constant).equals(name)) {
                return EnumField.keyOf(constant);
            }
        }
        throw new SchemaException("default '" + name + "' is not a constant of " + type.getSimpleName());
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
        return new Table(newName, fields, indexes, uniques, checks, foreignKeys);
    }

    /** With other fields; a foreign key whose column is gone goes with it. */
    public Table withFields(List<FieldSpec> newFields) {
        List<ForeignKeySpec> kept = foreignKeys.stream()
                .filter(fk -> newFields.stream().anyMatch(f -> f.column().equals(fk.column()))).toList();
        return new Table(name, newFields, indexes, uniques, checks, kept);
    }

    public Table withIndexes(List<IndexSpec> newIndexes) {
        return new Table(name, fields, newIndexes, uniques, checks, foreignKeys);
    }

    public Table withUniques(List<UniqueSpec> newUniques) {
        return new Table(name, fields, indexes, newUniques, checks, foreignKeys);
    }

    public Table withChecks(List<CheckSpec> newChecks) {
        return new Table(name, fields, indexes, uniques, newChecks, foreignKeys);
    }

    public Table withForeignKeys(List<ForeignKeySpec> newForeignKeys) {
        return new Table(name, fields, indexes, uniques, checks, newForeignKeys);
    }

    /** This table with {@code fieldName} replaced by {@code change.apply(old)}. */
    public Table mapField(String fieldName, UnaryOperator<FieldSpec> change) {
        FieldSpec old = requireField(fieldName);
        return withFields(fields.stream().map(f -> f == old ? change.apply(f) : f).toList());
    }
}

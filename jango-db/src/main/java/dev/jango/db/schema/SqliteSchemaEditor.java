package dev.jango.db.schema;

import dev.jango.db.meta.CheckSpec;
import dev.jango.db.meta.FieldSpec;
import dev.jango.db.meta.IndexSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite DDL. Storage follows the connection layer: dates and times as ISO text, booleans 0/1, UUIDs as text,
 * durations as microseconds. SQLite alters little in place, so column changes, checks and some column adds
 * rebuild the table ({@link #remake}).
 */
final class SqliteSchemaEditor extends SchemaEditor {
    SqliteSchemaEditor() {
        super(Flavor.SQLITE);
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public boolean supportsConcurrentIndex() {
        return false;
    }

    @Override
    public String columnType(FieldSpec f) {
        return switch (f.kind()) {
            case AUTO, BIG_AUTO -> "integer";
            case BOOLEAN -> "boolean";
            case INT -> "integer";
            case LONG, DURATION -> "bigint";
            case DOUBLE -> "real";
            case DECIMAL -> "decimal(" + f.precision() + ", " + f.scale() + ")";
            case CHAR, ENUM -> "varchar(" + f.maxLength() + ")";
            case TEXT -> "text";
            case DATE -> "date";
            case DATETIME -> "datetime";
            case TIME -> "time";
            case UUID -> "char(36)";
            case JSON -> "text";
            case BINARY -> "blob";
        };
    }

    @Override
    String primaryKeyClause(FieldSpec f) {
        return f.kind().isAuto() ? " PRIMARY KEY AUTOINCREMENT" : " PRIMARY KEY";
    }

    @Override
    boolean uniqueAsConstraint() {
        return false;
    }

    @Override
    public List<String> addColumn(Table table, FieldSpec field) {
        // SQLite refuses ADD COLUMN for a NOT NULL column without a default, and for a primary key.
        if (field.primaryKey() || (!field.nullable() && field.defaultValue().isEmpty())) {
            return remake(table, table.withFields(append(table.fields(), field)));
        }
        return super.addColumn(table, field);
    }

    @Override
    public List<String> dropColumn(Table table, String fieldName) {
        table.requireField(fieldName);
        return remake(table, table.withFields(table.fields().stream().filter(f -> !f.name().equals(fieldName))
                .toList()));
    }

    @Override
    public List<String> alterColumn(Table table, FieldSpec from, FieldSpec to) {
        // Labels, help texts and choices live only in the state; a rebuild for them would be pure cost.
        if (sameColumnDefinition(from, to) && from.unique() == to.unique() && from.indexed() == to.indexed()) {
            return List.of();
        }
        FieldSpec target = withColumn(to, from.column());
        return remake(table, table.mapField(from.name(), f -> target));
    }

    @Override
    public List<String> renameIndex(Table table, IndexSpec index, String newName) {
        IndexDef old = IndexDef.of(table, index);
        return renameIndexDef(table, old.name(), new IndexDef(newName, old.fields(), old.unique()));
    }

    @Override
    public List<String> addCheck(Table table, CheckSpec check, boolean notValid) {
        checkSql(table, check);
        return remake(table, table.withChecks(append(table.checks(), check)));
    }

    @Override
    public List<String> addForeignKey(Table table, ForeignKeySpec fk, boolean notValid) {
        return remake(table, table.withForeignKeys(append(table.foreignKeys(), fk)));
    }

    @Override
    public List<String> dropForeignKey(Table table, ForeignKeySpec fk) {
        return remake(table, table.withForeignKeys(table.foreignKeys().stream()
                .filter(f -> !f.column().equals(fk.column())).toList()));
    }

    @Override
    public List<String> dropCheck(Table table, CheckSpec check) {
        return remake(table, table.withChecks(table.checks().stream()
                .filter(c -> !c.name().equals(check.name())).toList()));
    }

    @Override
    List<String> addIndexDef(Table table, IndexDef d, boolean concurrently) {
        return List.of(createIndexSql(table, d, false));
    }

    @Override
    List<String> dropIndexDef(Table table, IndexDef d, boolean concurrently) {
        return List.of("DROP INDEX " + quote(d.name()));
    }

    @Override
    List<String> renameIndexDef(Table table, String oldName, IndexDef renamed) {
        return List.of("DROP INDEX " + quote(oldName), createIndexSql(table, renamed, false));
    }

    /**
     * Rebuilds {@code before} as {@code after}: new table, copy of the columns both share (matched by field name,
     * NULLs replaced by the new default where the column became required), drop, rename, indexes. Runs inside the
     * migration's transaction, so a failure leaves the old table untouched.
     */
    List<String> remake(Table before, Table after) {
        String temp = "new__" + after.name();
        List<String> sql = new ArrayList<>(createTable(after.withName(temp)).subList(0, 1));
        List<String> into = new ArrayList<>();
        List<String> select = new ArrayList<>();
        for (FieldSpec f : after.fields()) {
            before.field(f.name()).ifPresent(old -> {
                into.add(quote(f.column()));
                String source = quote(old.column());
                if (old.nullable() && !f.nullable() && f.defaultValue().isPresent()) {
                    source = "coalesce(" + source + ", " + defaultSql(after, f) + ")";
                }
                select.add(source);
            });
        }
        if (!into.isEmpty()) {
            sql.add("INSERT INTO " + quote(temp) + " (" + String.join(", ", into) + ") SELECT "
                    + String.join(", ", select) + " FROM " + quote(before.name()));
        }
        sql.add("DROP TABLE " + quote(before.name()));
        sql.add("ALTER TABLE " + quote(temp) + " RENAME TO " + quote(after.name()));
        List<String> creates = createTable(after);
        sql.addAll(creates.subList(1, creates.size()));
        return sql;
    }
}

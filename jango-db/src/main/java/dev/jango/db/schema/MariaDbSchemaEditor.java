package dev.jango.db.schema;

import dev.jango.db.meta.FieldSpec;
import dev.jango.db.meta.IndexSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * MariaDB DDL. DDL commits implicitly here, so a failed migration can leave part of its statements applied; the
 * executor reports which. Online index builds use {@code ALGORITHM=INPLACE, LOCK=NONE}.
 */
final class MariaDbSchemaEditor extends SchemaEditor {
    MariaDbSchemaEditor() {
        super(Flavor.MARIADB);
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public boolean supportsConcurrentIndex() {
        return true;
    }

    @Override
    public String columnType(FieldSpec f) {
        return switch (f.kind()) {
            case AUTO -> "integer";
            case BIG_AUTO -> "bigint";
            case BOOLEAN -> "boolean";
            case INT -> "integer";
            case LONG, DURATION -> "bigint";
            case DOUBLE -> "double precision";
            case DECIMAL -> "decimal(" + f.precision() + ", " + f.scale() + ")";
            case CHAR, ENUM -> "varchar(" + f.maxLength() + ")";
            case TEXT -> "longtext";
            case DATE -> "date";
            case DATETIME -> "datetime(6)";
            case TIME -> "time(6)";
            case UUID -> "char(36)";
            case JSON -> "json";
            case BINARY -> "longblob";
        };
    }

    @Override
    String defaultSql(Table table, FieldSpec f) {
        String literal = super.defaultSql(table, f);
        // TEXT/JSON defaults must be written as expressions on MariaDB.
        return Literals.needsParens(f.kind()) ? "(" + literal + ")" : literal;
    }

    @Override
    String primaryKeyClause(FieldSpec f) {
        return f.kind().isAuto() ? " AUTO_INCREMENT PRIMARY KEY" : " PRIMARY KEY";
    }

    @Override
    boolean uniqueAsConstraint() {
        return true;
    }

    @Override
    public List<String> alterColumn(Table table, FieldSpec from, FieldSpec to) {
        List<String> sql = new ArrayList<>();
        if (!sameColumnDefinition(from, to)) {
            sql.add("ALTER TABLE " + quote(table.name()) + " MODIFY COLUMN " + columnDefinition(table,
                    withColumn(to, from.column())));
        }
        sql.addAll(PostgresSchemaEditor.flagChanges(this, table, from, to));
        return sql;
    }

    @Override
    public List<String> renameIndex(Table table, IndexSpec index, String newName) {
        IndexDef old = IndexDef.of(table, index);
        return renameIndexDef(table, old.name(), new IndexDef(newName, old.fields(), old.unique()));
    }

    @Override
    List<String> addIndexDef(Table table, IndexDef d, boolean concurrently) {
        String add = "ALTER TABLE " + quote(table.name()) + " ADD " + (d.unique() ? "CONSTRAINT " + quote(d.name())
                + " UNIQUE" : "INDEX " + quote(d.name())) + " (" + columnList(table, d.fields()) + ")";
        return List.of(concurrently ? add + ", ALGORITHM=INPLACE, LOCK=NONE" : add);
    }

    @Override
    List<String> dropIndexDef(Table table, IndexDef d, boolean concurrently) {
        return List.of("ALTER TABLE " + quote(table.name()) + " DROP INDEX " + quote(d.name()));
    }

    @Override
    List<String> renameIndexDef(Table table, String oldName, IndexDef renamed) {
        return List.of("ALTER TABLE " + quote(table.name()) + " RENAME INDEX " + quote(oldName) + " TO "
                + quote(renamed.name()));
    }

    @Override
    public List<String> dropForeignKey(Table table, ForeignKeySpec fk) {
        return List.of("ALTER TABLE " + quote(table.name()) + " DROP FOREIGN KEY " + quote(fk.name(table.name())));
    }
}

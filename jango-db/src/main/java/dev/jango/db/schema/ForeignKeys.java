package dev.jango.db.schema;

import dev.jango.db.meta.Field;
import dev.jango.db.meta.ForeignKeyField;
import dev.jango.db.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * The FOREIGN KEY clauses of a table's CREATE TABLE, inline so that SQLite (which cannot add a constraint to an
 * existing table) gets them too. The database enforces CASCADE and SET NULL itself; every other action is a plain
 * constraint that the ORM's delete collector honours first (ADR 0031).
 */
final class ForeignKeys {
    private ForeignKeys() {
    }

    /** The foreign keys a model declares, by physical names. */
    static List<ForeignKeySpec> of(ModelMeta<?> model) {
        List<ForeignKeySpec> out = new ArrayList<>();
        for (Field<?, ?> f : model.fields()) {
            if (f instanceof ForeignKeyField<?, ?> fk) {
                ModelMeta<?> target = fk.target();
                out.add(new ForeignKeySpec(fk.column(), target.table(), target.pk().column(), fk.onDelete().name()));
            }
        }
        return out;
    }

    /** {@code CONSTRAINT "book_author_id_fk" FOREIGN KEY ("author_id") REFERENCES "author" ("id") ON DELETE CASCADE}. */
    static List<String> clauses(Table table, SchemaEditor editor) {
        List<String> out = new ArrayList<>();
        for (ForeignKeySpec fk : table.foreignKeys()) {
            out.add(clause(table, fk, editor));
        }
        return out;
    }

    static String clause(Table table, ForeignKeySpec fk, SchemaEditor editor) {
        return "CONSTRAINT " + editor.quote(fk.name(table.name())) + " FOREIGN KEY (" + editor.quote(fk.column())
                + ") REFERENCES " + editor.quote(fk.targetTable()) + " (" + editor.quote(fk.targetColumn()) + ")"
                + fk.action();
    }
}

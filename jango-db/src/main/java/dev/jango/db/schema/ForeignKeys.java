package dev.jango.db.schema;

import dev.jango.db.meta.Field;
import dev.jango.db.meta.ForeignKeyField;
import dev.jango.db.meta.ModelMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * The FOREIGN KEY clauses of a model's CREATE TABLE, inline so that SQLite (which cannot add a constraint to an
 * existing table) gets them too. The database enforces CASCADE and SET NULL itself; every other action is a plain
 * constraint that the ORM's delete collector honours first (ADR 0031).
 */
final class ForeignKeys {
    private ForeignKeys() {
    }

    /** {@code CONSTRAINT "book_author_id_fk" FOREIGN KEY ("author_id") REFERENCES "author" ("id") ON DELETE CASCADE}. */
    static List<String> clauses(ModelMeta<?> model, SchemaEditor editor) {
        List<String> out = new ArrayList<>();
        for (Field<?, ?> f : model.fields()) {
            if (f instanceof ForeignKeyField<?, ?> fk) {
                ModelMeta<?> target = fk.target();
                String action = switch (fk.onDelete()) {
                    case CASCADE -> " ON DELETE CASCADE";
                    case SET_NULL -> " ON DELETE SET NULL";
                    case PROTECT, RESTRICT, SET_DEFAULT, DO_NOTHING -> "";
                };
                out.add("CONSTRAINT " + editor.quote(Names.of(model.table(), List.of(fk.column()), "fk"))
                        + " FOREIGN KEY (" + editor.quote(fk.column()) + ") REFERENCES " + editor.quote(target.table())
                        + " (" + editor.quote(target.pk().column()) + ")" + action);
            }
        }
        return out;
    }
}

package dev.jango.db.schema;

import dev.jango.db.meta.FieldSpec;
import dev.jango.db.meta.IndexSpec;
import dev.jango.db.meta.UniqueSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * One physical index or unique constraint of a table, with its final name: field-level {@code @Unique} and
 * {@code @Indexed} flags and the model's composite indexes and uniques, all named the same way everywhere.
 *
 * @param name    the index or constraint name
 * @param fields  field names in order, {@code "-name"} for descending
 * @param unique  a unique constraint rather than a plain index
 */
record IndexDef(String name, List<String> fields, boolean unique) {

    static List<IndexDef> of(Table table) {
        List<IndexDef> defs = new ArrayList<>();
        for (FieldSpec f : table.fields()) {
            if (f.primaryKey()) {
                continue;
            }
            if (f.unique()) {
                defs.add(fieldUnique(table, f));
            } else if (f.indexed()) {
                defs.add(fieldIndex(table, f));
            }
        }
        for (UniqueSpec u : table.uniques()) {
            defs.add(of(table, u));
        }
        for (IndexSpec i : table.indexes()) {
            defs.add(of(table, i));
        }
        return defs;
    }

    static IndexDef fieldUnique(Table table, FieldSpec f) {
        return new IndexDef(Names.of(table.name(), List.of(f.column()), "uniq"), List.of(f.name()), true);
    }

    static IndexDef fieldIndex(Table table, FieldSpec f) {
        return new IndexDef(Names.of(table.name(), List.of(f.column()), "idx"), List.of(f.name()), false);
    }

    static IndexDef of(Table table, UniqueSpec u) {
        String name = u.name().isEmpty() ? Names.of(table.name(), columns(table, u.fields()), "uniq") : u.name();
        return new IndexDef(name, u.fields(), true);
    }

    static IndexDef of(Table table, IndexSpec i) {
        String name = i.name().isEmpty() ? Names.of(table.name(), columns(table, i.fields()), "idx") : i.name();
        return new IndexDef(name, i.fields(), false);
    }

    /** Whether this index covers {@code fieldName}. */
    boolean covers(String fieldName) {
        return fields.stream().anyMatch(f -> f.equals(fieldName) || f.equals("-" + fieldName));
    }

    private static List<String> columns(Table table, List<String> fields) {
        return fields.stream().map(f -> {
            boolean desc = f.startsWith("-");
            String column = table.requireField(desc ? f.substring(1) : f).column();
            return desc ? "-" + column : column;
        }).toList();
    }
}

package dev.jango.processor;

import java.util.List;

/**
 * A validated {@code @Model} class, everything the writer needs and nothing from {@code javax.lang.model}.
 *
 * @param packageName  package of the model and of the generated metamodel
 * @param simpleName   the model's simple name ({@code Book}); the metamodel is {@code BookMeta}
 * @param typeName     the model's canonical name, used in generated source
 * @param table        table name
 * @param verboseName  human-readable model name
 * @param ordering     default ordering ({@code "-published"})
 * @param indexes      composite indexes: name, then fields
 * @param uniques      unique constraints: name, then fields
 * @param checks       check constraints: name, then condition
 * @param fields       persistent fields in column order
 * @param many         many-to-many fields (no column)
 * @param reverse      reverse foreign keys generated on this model
 */
record ModelInfo(
        String packageName,
        String simpleName,
        String typeName,
        String table,
        String verboseName,
        List<String> ordering,
        List<Named> indexes,
        List<Named> uniques,
        List<Named> checks,
        List<FieldInfo> fields,
        List<ManyInfo> many,
        List<ReverseInfo> reverse) {

    /** A named model-level declaration: an index or unique constraint (fields) or a check (one condition). */
    record Named(String name, List<String> values) {
    }

    /** This model with {@code more} reverse relations. */
    ModelInfo withReverse(List<ReverseInfo> more) {
        List<ReverseInfo> all = new java.util.ArrayList<>(reverse);
        all.addAll(more);
        return new ModelInfo(packageName, simpleName, typeName, table, verboseName, ordering, indexes, uniques,
                checks, fields, many, all);
    }

    boolean hasRelations() {
        return !many.isEmpty() || !reverse.isEmpty() || fields.stream().anyMatch(FieldInfo::isRelation);
    }

    String metaName() {
        return simpleName + "Meta";
    }

    String singleton() {
        return Names.upperSnake(simpleName);
    }
}

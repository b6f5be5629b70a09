package dev.jango.migrations.io;

import dev.jango.db.meta.CheckSpec;
import dev.jango.db.meta.Choice;
import dev.jango.db.meta.FieldKind;
import dev.jango.db.meta.FieldSpec;
import dev.jango.db.meta.IndexSpec;
import dev.jango.db.meta.UniqueSpec;
import dev.jango.db.schema.ForeignKeySpec;
import dev.jango.db.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON for tables and fields. Keys are written in a fixed order and only non-default attributes appear, so a
 * snapshot or migration diff shows exactly what changed.
 */
final class SpecJson {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SpecJson() {
    }

    static ObjectNode table(Table t) {
        ObjectNode n = NODES.objectNode();
        n.put("table", t.name());
        ArrayNode fields = n.putArray("fields");
        t.fields().forEach(f -> fields.add(field(f)));
        if (!t.indexes().isEmpty()) {
            ArrayNode a = n.putArray("indexes");
            t.indexes().forEach(i -> a.add(index(i.name(), i.fields())));
        }
        if (!t.uniques().isEmpty()) {
            ArrayNode a = n.putArray("uniques");
            t.uniques().forEach(u -> a.add(index(u.name(), u.fields())));
        }
        if (!t.checks().isEmpty()) {
            ArrayNode a = n.putArray("checks");
            t.checks().forEach(c -> a.add(check(c)));
        }
        if (!t.foreignKeys().isEmpty()) {
            ArrayNode a = n.putArray("foreignKeys");
            t.foreignKeys().forEach(f -> a.add(foreignKey(f)));
        }
        return n;
    }

    static ObjectNode foreignKey(ForeignKeySpec f) {
        ObjectNode n = NODES.objectNode();
        n.put("column", f.column()).put("to", f.targetTable()).put("toColumn", f.targetColumn())
                .put("onDelete", f.onDelete());
        return n;
    }

    static ForeignKeySpec foreignKey(JsonNode n, String where) {
        return new ForeignKeySpec(text(n, "column", where), text(n, "to", where), text(n, "toColumn", where),
                text(n, "onDelete", where));
    }

    static Table table(JsonNode n, String where) {
        List<FieldSpec> fields = new ArrayList<>();
        for (JsonNode f : required(n, "fields", where)) {
            fields.add(field(f, where));
        }
        List<IndexSpec> indexes = new ArrayList<>();
        n.path("indexes").forEach(i -> indexes.add(new IndexSpec(i.path("name").asString(""), strings(i, "fields",
                where))));
        List<UniqueSpec> uniques = new ArrayList<>();
        n.path("uniques").forEach(u -> uniques.add(new UniqueSpec(u.path("name").asString(""), strings(u, "fields",
                where))));
        List<CheckSpec> checks = new ArrayList<>();
        n.path("checks").forEach(c -> checks.add(check(c, where)));
        List<ForeignKeySpec> foreignKeys = new ArrayList<>();
        n.path("foreignKeys").forEach(f -> foreignKeys.add(foreignKey(f, where)));
        return new Table(text(n, "table", where), fields, indexes, uniques, checks, foreignKeys);
    }

    static ObjectNode field(FieldSpec f) {
        ObjectNode n = NODES.objectNode();
        n.put("name", f.name());
        if (!f.column().equals(f.name())) {
            n.put("column", f.column());
        }
        n.put("kind", f.kind().name());
        if (f.maxLength() != 0) {
            n.put("maxLength", f.maxLength());
        }
        if (f.precision() != 0 || f.scale() != 0) {
            n.put("precision", f.precision());
            n.put("scale", f.scale());
        }
        if (f.primaryKey()) {
            n.put("primaryKey", true);
        }
        if (f.nullable()) {
            n.put("null", true);
        }
        if (f.blank()) {
            n.put("blank", true);
        }
        if (f.unique()) {
            n.put("unique", true);
        }
        if (f.indexed()) {
            n.put("indexed", true);
        }
        f.defaultValue().ifPresent(d -> n.put("default", d));
        if (!f.choices().isEmpty()) {
            ArrayNode a = n.putArray("choices");
            f.choices().forEach(c -> a.add(c.value().equals(c.label()) ? c.value() : c.value() + "=" + c.label()));
        }
        if (!f.verboseName().equals(f.name().replace('_', ' '))) {
            n.put("verboseName", f.verboseName());
        }
        if (!f.helpText().isEmpty()) {
            n.put("helpText", f.helpText());
        }
        return n;
    }

    static FieldSpec field(JsonNode n, String where) {
        String name = text(n, "name", where);
        String kindName = text(n, "kind", where);
        FieldKind kind;
        try {
            kind = FieldKind.valueOf(kindName);
        } catch (IllegalArgumentException e) {
            throw new MigrationFileException(where + ": field " + name + " has unknown kind '" + kindName + "'");
        }
        List<Choice> choices = new ArrayList<>();
        n.path("choices").forEach(c -> choices.add(Choice.parse(c.asString())));
        JsonNode dflt = n.get("default");
        return new FieldSpec(name, n.path("column").asString(name), kind, n.path("null").asBoolean(false),
                n.path("blank").asBoolean(false), n.path("unique").asBoolean(false), n.path("indexed").asBoolean(false),
                n.path("primaryKey").asBoolean(false), dflt == null || dflt.isNull() ? Optional.empty()
                : Optional.of(dflt.asString()), choices, n.path("maxLength").asInt(0), n.path("precision").asInt(0),
                n.path("scale").asInt(0), n.path("verboseName").asString(name.replace('_', ' ')),
                n.path("helpText").asString(""));
    }

    static ObjectNode index(String name, List<String> fields) {
        ObjectNode n = NODES.objectNode();
        if (!name.isEmpty()) {
            n.put("name", name);
        }
        ArrayNode a = n.putArray("fields");
        fields.forEach(a::add);
        return n;
    }

    static ObjectNode check(CheckSpec c) {
        ObjectNode n = NODES.objectNode();
        n.put("name", c.name());
        n.put("condition", c.condition());
        return n;
    }

    static CheckSpec check(JsonNode n, String where) {
        return new CheckSpec(text(n, "name", where), text(n, "condition", where));
    }

    static String text(JsonNode n, String key, String where) {
        JsonNode v = n.get(key);
        if (v == null || !v.isString()) {
            throw new MigrationFileException(where + ": missing or non-text \"" + key + "\" in " + abbreviate(n));
        }
        return v.asString();
    }

    static JsonNode required(JsonNode n, String key, String where) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            throw new MigrationFileException(where + ": missing \"" + key + "\" in " + abbreviate(n));
        }
        return v;
    }

    static List<String> strings(JsonNode n, String key, String where) {
        List<String> out = new ArrayList<>();
        required(n, key, where).forEach(v -> out.add(v.asString()));
        return out;
    }

    static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}

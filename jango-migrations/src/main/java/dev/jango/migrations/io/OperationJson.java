package dev.jango.migrations.io;

import static dev.jango.migrations.io.SpecJson.NODES;
import static dev.jango.migrations.io.SpecJson.text;

import dev.jango.db.meta.IndexSpec;
import dev.jango.db.meta.UniqueSpec;
import dev.jango.migrations.operations.AddConstraint;
import dev.jango.migrations.operations.AddField;
import dev.jango.migrations.operations.AddIndex;
import dev.jango.migrations.operations.AlterField;
import dev.jango.migrations.operations.AlterTable;
import dev.jango.migrations.operations.Backfill;
import dev.jango.migrations.operations.Constraint;
import dev.jango.migrations.operations.CreateModel;
import dev.jango.migrations.operations.DeleteModel;
import dev.jango.migrations.operations.Operation;
import dev.jango.migrations.operations.RemoveConstraint;
import dev.jango.migrations.operations.DropColumn;
import dev.jango.migrations.operations.RemoveField;
import dev.jango.migrations.operations.RemoveIndex;
import dev.jango.migrations.operations.RenameField;
import dev.jango.migrations.operations.RenameIndex;
import dev.jango.migrations.operations.RenameModel;
import dev.jango.migrations.operations.RunCode;
import dev.jango.migrations.operations.RunSql;
import dev.jango.migrations.operations.SeparateDatabaseAndState;
import dev.jango.migrations.operations.ValidateConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON for operations: {@code {"op": "AddField", "model": "Book", "field": {...}}}. */
final class OperationJson {
    private OperationJson() {
    }

    static ObjectNode write(Operation operation) {
        ObjectNode n = NODES.objectNode();
        n.put("op", operation.getClass().getSimpleName());
        switch (operation) {
            case CreateModel o -> {
                n.put("name", o.name());
                n.setAll(SpecJson.table(o.table()));
            }
            case DeleteModel o -> n.put("name", o.name());
            case RenameModel o -> n.put("from", o.oldName()).put("to", o.newName());
            case AlterTable o -> n.put("model", o.model()).put("table", o.table());
            case AddField o -> n.put("model", o.model()).set("field", SpecJson.field(o.field()));
            case RemoveField o -> n.put("model", o.model()).put("name", o.name());
            case DropColumn o -> n.put("model", o.model()).put("since", o.since())
                    .set("field", SpecJson.field(o.field()));
            case AlterField o -> n.put("model", o.model()).set("field", SpecJson.field(o.field()));
            case RenameField o -> {
                n.put("model", o.model()).put("from", o.oldName()).put("to", o.newName());
                o.column().ifPresent(c -> n.put("column", c));
            }
            case AddIndex o -> {
                n.put("model", o.model()).set("index", SpecJson.index(o.index().name(), o.index().fields()));
                flag(n, "concurrently", o.concurrently());
            }
            case RemoveIndex o -> {
                n.put("model", o.model()).set("index", SpecJson.index(o.index().name(), o.index().fields()));
                flag(n, "concurrently", o.concurrently());
            }
            case RenameIndex o -> n.put("model", o.model()).put("from", o.oldName()).put("to", o.newName());
            case AddConstraint o -> {
                n.put("model", o.model());
                constraint(n, o.constraint());
                flag(n, "online", o.online());
            }
            case ValidateConstraint o -> n.put("model", o.model()).put("name", o.name());
            case RemoveConstraint o -> {
                n.put("model", o.model());
                constraint(n, o.constraint());
            }
            case RunSql o -> {
                strings(n.putArray("sql"), o.sql());
                o.reverse().ifPresent(r -> strings(n.putArray("reverse"), r));
                flag(n, "elidable", o.elidable());
            }
            case RunCode o -> {
                n.put("class", o.className());
                flag(n, "reversible", o.reversible());
                flag(n, "elidable", o.elidable());
            }
            case SeparateDatabaseAndState o -> {
                ArrayNode db = n.putArray("database");
                o.database().forEach(x -> db.add(write(x)));
                ArrayNode st = n.putArray("state");
                o.state().forEach(x -> st.add(write(x)));
            }
            case Backfill o -> n.put("model", o.model()).put("field", o.field()).put("value", o.valueSql())
                    .put("batchSize", o.batchSize()).put("pauseMillis", o.pauseMillis());
        }
        return n;
    }

    static Operation read(JsonNode n, String where) {
        String op = text(n, "op", where);
        return switch (op) {
            case "CreateModel" -> new CreateModel(text(n, "name", where), SpecJson.table(n, where));
            case "DeleteModel" -> new DeleteModel(text(n, "name", where));
            case "RenameModel" -> new RenameModel(text(n, "from", where), text(n, "to", where));
            case "AlterTable" -> new AlterTable(text(n, "model", where), text(n, "table", where));
            case "AddField" -> new AddField(text(n, "model", where), SpecJson.field(
                    SpecJson.required(n, "field", where), where));
            case "RemoveField" -> new RemoveField(text(n, "model", where), text(n, "name", where));
            case "DropColumn" -> new DropColumn(text(n, "model", where), SpecJson.field(
                    SpecJson.required(n, "field", where), where), text(n, "since", where));
            case "AlterField" -> new AlterField(text(n, "model", where), SpecJson.field(
                    SpecJson.required(n, "field", where), where));
            case "RenameField" -> new RenameField(text(n, "model", where), text(n, "from", where),
                    text(n, "to", where), n.has("column") ? Optional.of(text(n, "column", where)) : Optional.empty());
            case "AddIndex" -> new AddIndex(text(n, "model", where), index(n, where),
                    n.path("concurrently").asBoolean(false));
            case "RemoveIndex" -> new RemoveIndex(text(n, "model", where), index(n, where),
                    n.path("concurrently").asBoolean(false));
            case "RenameIndex" -> new RenameIndex(text(n, "model", where), text(n, "from", where),
                    text(n, "to", where));
            case "AddConstraint" -> new AddConstraint(text(n, "model", where), constraint(n, where),
                    n.path("online").asBoolean(false));
            case "ValidateConstraint" -> new ValidateConstraint(text(n, "model", where), text(n, "name", where));
            case "RemoveConstraint" -> new RemoveConstraint(text(n, "model", where), constraint(n, where));
            case "RunSql" -> new RunSql(SpecJson.strings(n, "sql", where), n.has("reverse")
                    ? Optional.of(SpecJson.strings(n, "reverse", where)) : Optional.empty(),
                    n.path("elidable").asBoolean(false));
            case "RunCode" -> new RunCode(text(n, "class", where), n.path("reversible").asBoolean(false),
                    n.path("elidable").asBoolean(false));
            case "SeparateDatabaseAndState" -> new SeparateDatabaseAndState(list(n, "database", where),
                    list(n, "state", where));
            case "Backfill" -> new Backfill(text(n, "model", where), text(n, "field", where),
                    text(n, "value", where), n.path("batchSize").asInt(1000), n.path("pauseMillis").asLong(0));
            default -> throw new MigrationFileException(where + ": unknown operation \"" + op + "\"");
        };
    }

    private static List<Operation> list(JsonNode n, String key, String where) {
        List<Operation> ops = new ArrayList<>();
        for (JsonNode o : SpecJson.required(n, key, where)) {
            ops.add(read(o, where));
        }
        return ops;
    }

    private static IndexSpec index(JsonNode n, String where) {
        JsonNode i = SpecJson.required(n, "index", where);
        return new IndexSpec(i.path("name").asString(""), SpecJson.strings(i, "fields", where));
    }

    private static void constraint(ObjectNode n, Constraint c) {
        switch (c) {
            case Constraint.Check ch -> n.set("check", SpecJson.check(ch.spec()));
            case Constraint.Unique u -> n.set("unique", SpecJson.index(u.spec().name(), u.spec().fields()));
            case Constraint.ForeignKey f -> n.set("foreignKey", SpecJson.foreignKey(f.spec()));
        }
    }

    private static Constraint constraint(JsonNode n, String where) {
        if (n.has("check")) {
            return new Constraint.Check(SpecJson.check(n.get("check"), where));
        }
        if (n.has("foreignKey")) {
            return new Constraint.ForeignKey(SpecJson.foreignKey(n.get("foreignKey"), where));
        }
        JsonNode u = SpecJson.required(n, "unique", where);
        return new Constraint.Unique(new UniqueSpec(u.path("name").asString(""), SpecJson.strings(u, "fields", where)));
    }

    private static void flag(ObjectNode n, String key, boolean value) {
        if (value) {
            n.put(key, true);
        }
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}

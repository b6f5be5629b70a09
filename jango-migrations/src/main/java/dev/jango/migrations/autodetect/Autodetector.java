package dev.jango.migrations.autodetect;

import dev.jango.db.meta.CheckSpec;
import dev.jango.db.meta.FieldSpec;
import dev.jango.db.meta.IndexSpec;
import dev.jango.db.meta.UniqueSpec;
import dev.jango.db.schema.ForeignKeySpec;
import dev.jango.db.schema.Table;
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
import dev.jango.migrations.operations.RemoveField;
import dev.jango.migrations.operations.RemoveIndex;
import dev.jango.migrations.operations.RenameField;
import dev.jango.migrations.operations.RenameIndex;
import dev.jango.migrations.operations.RenameModel;
import dev.jango.migrations.operations.ValidateConstraint;
import dev.jango.migrations.state.ModelState;
import dev.jango.migrations.state.ProjectState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Diffs one app's models ({@code to}) against its snapshot ({@code from}) and returns the operations that turn
 * one into the other, in their safe forms: indexes and uniques on existing tables built online, checks added
 * NOT VALID then validated, a column made required through a validated {@code IS NOT NULL} check.
 */
public final class Autodetector {
    private final Questioner questioner;

    public Autodetector(Questioner questioner) {
        this.questioner = questioner;
    }

    public List<Operation> changes(String app, ProjectState from, ProjectState to) {
        Map<String, ModelState> old = byName(from.ofApp(app));
        Map<String, ModelState> now = byName(to.ofApp(app));
        List<Operation> head = new ArrayList<>();
        List<Operation> body = new ArrayList<>();
        List<Operation> tail = new ArrayList<>();
        // Renamed models: same table definition under a new class name, confirmed by the questioner.
        for (String added : List.copyOf(now.keySet())) {
            if (old.containsKey(added)) {
                continue;
            }
            for (String removed : List.copyOf(old.keySet())) {
                if (now.containsKey(removed) || !sameShape(old.get(removed).table(), now.get(added).table())) {
                    continue;
                }
                if (questioner.renameModel(app, removed, added)) {
                    head.add(new RenameModel(removed, added));
                    old.put(added, old.remove(removed).withName(added));
                    break;
                }
            }
        }
        for (ModelState m : referencedFirst(now.values().stream().filter(m -> !old.containsKey(m.name())).toList())) {
            head.add(new CreateModel(m.name(), m.table()));
        }
        for (Map.Entry<String, ModelState> e : old.entrySet()) {
            ModelState target = now.get(e.getKey());
            if (target == null) {
                tail.add(new DeleteModel(e.getKey()));
            } else {
                diffModel(app, e.getKey(), e.getValue().table(), target.table(), head, body);
            }
        }
        List<Operation> all = new ArrayList<>(head);
        all.addAll(body);
        all.addAll(tail);
        return all;
    }

    private void diffModel(String app, String model, Table from, Table to, List<Operation> head, List<Operation> ops) {
        if (!from.name().equals(to.name())) {
            head.add(new AlterTable(model, to.name()));
            from = from.withName(to.name());
        }
        List<Operation> removals = new ArrayList<>();
        List<Operation> additions = new ArrayList<>();
        // Constraints and indexes that go away are dropped before the columns they cover.
        for (CheckSpec c : from.checks()) {
            if (!to.checks().contains(c)) {
                removals.add(new RemoveConstraint(model, new Constraint.Check(c)));
            }
        }
        for (UniqueSpec u : from.uniques()) {
            if (find(to.uniques(), u).isEmpty()) {
                removals.add(new RemoveConstraint(model, new Constraint.Unique(u)));
            }
        }
        Map<String, FieldSpec> oldFields = new LinkedHashMap<>();
        from.fields().forEach(f -> oldFields.put(f.name(), f));
        List<FieldSpec> added = new ArrayList<>();
        for (FieldSpec f : to.fields()) {
            FieldSpec before = oldFields.remove(f.name());
            if (before == null) {
                added.add(f);
            } else if (!before.equals(f)) {
                alterField(model, before, f, additions);
            }
        }
        for (FieldSpec f : added) {
            Optional<FieldSpec> renamed = oldFields.values().stream()
                    .filter(o -> sameDefinition(o, f) && questioner.renameField(app, model, o.name(), f.name()))
                    .findFirst();
            if (renamed.isPresent()) {
                FieldSpec o = renamed.get();
                oldFields.remove(o.name());
                removals.add(new RenameField(model, o.name(), f.name(),
                        o.column().equals(f.column()) ? Optional.empty() : Optional.of(f.column())));
                // The rename carries the old label and help text; anything else that differs follows it.
                FieldSpec moved = new FieldSpec(f.name(), f.column(), o.kind(), o.nullable(), o.blank(), o.unique(),
                        o.indexed(), o.primaryKey(), o.defaultValue(), o.choices(), o.maxLength(), o.precision(),
                        o.scale(), o.verboseName(), o.helpText());
                if (!moved.equals(f)) {
                    alterField(model, moved, f, additions);
                }
            } else {
                additions.add(new AddField(model, f));
            }
        }
        for (FieldSpec gone : oldFields.values()) {
            additions.add(new RemoveField(model, gone.name()));
        }
        List<IndexSpec> newIndexes = new ArrayList<>(to.indexes());
        for (IndexSpec i : from.indexes()) {
            if (newIndexes.remove(i)) {
                continue;
            }
            Optional<IndexSpec> renamed = newIndexes.stream().filter(n -> n.fields().equals(i.fields())).findFirst();
            if (renamed.isPresent()) {
                newIndexes.remove(renamed.get());
                removals.add(new RenameIndex(model, from.indexName(i), to.indexName(renamed.get())));
            } else {
                removals.add(new RemoveIndex(model, i, true));
            }
        }
        for (IndexSpec i : newIndexes) {
            additions.add(new AddIndex(model, i, true));
        }
        for (UniqueSpec u : to.uniques()) {
            if (find(from.uniques(), u).isEmpty()) {
                additions.add(new AddConstraint(model, new Constraint.Unique(u), true));
            }
        }
        for (CheckSpec c : to.checks()) {
            if (!from.checks().contains(c)) {
                additions.add(new AddConstraint(model, new Constraint.Check(c), true));
                additions.add(new ValidateConstraint(model, c.name()));
            }
        }
        // A new foreign key: NOT VALID (no scan under the exclusive lock), validated in the next migration.
        for (ForeignKeySpec f : to.foreignKeys()) {
            if (!from.foreignKeys().contains(f)) {
                additions.add(new AddConstraint(model, new Constraint.ForeignKey(f), true));
                additions.add(new ValidateConstraint(model, f.name(to.name())));
            }
        }
        for (ForeignKeySpec f : from.foreignKeys()) {
            if (!to.foreignKeys().contains(f) && to.fields().stream().anyMatch(x -> x.column().equals(f.column()))) {
                removals.add(new RemoveConstraint(model, new Constraint.ForeignKey(f)));
            }
        }
        ops.addAll(removals);
        ops.addAll(additions);
    }

    /**
     * A column made required on a table that has rows: fill NULLs in batches (when there is a default), add
     * {@code IS NOT NULL} as a check NOT VALID, validate it, then SET NOT NULL (PostgreSQL uses the valid check
     * and skips the full scan under the exclusive lock) and drop the helper check.
     */
    private static void alterField(String model, FieldSpec before, FieldSpec after, List<Operation> ops) {
        if (!(before.nullable() && !after.nullable())) {
            ops.add(new AlterField(model, after));
            return;
        }
        String checkName = truncate(model.toLowerCase(java.util.Locale.ROOT) + "_" + after.column() + "_notnull");
        CheckSpec check = new CheckSpec(checkName, after.name() + "__isnull=false");
        FieldSpec stillNullable = withNullable(after, true);
        if (!stillNullable.equals(before)) {
            ops.add(new AlterField(model, stillNullable));
        }
        after.defaultValue().flatMap(d -> sqlLiteral(after, d))
                .ifPresent(v -> ops.add(new Backfill(model, after.name(), v, 1000, 0)));
        ops.add(new AddConstraint(model, new Constraint.Check(check), true));
        ops.add(new ValidateConstraint(model, checkName));
        ops.add(new AlterField(model, after));
        ops.add(new RemoveConstraint(model, new Constraint.Check(check)));
    }

    /** A vendor-neutral SQL literal for a backfill value, where one exists. */
    static Optional<String> sqlLiteral(FieldSpec f, String value) {
        return switch (f.kind()) {
            case INT, LONG, DOUBLE, DECIMAL -> Optional.of(new java.math.BigDecimal(value.trim()).toPlainString());
            case BOOLEAN -> Optional.of(Boolean.parseBoolean(value.trim()) ? "1" : "0");
            case CHAR, TEXT, ENUM -> Optional.of("'" + value.replace("'", "''") + "'");
            default -> Optional.empty();
        };
    }

    private static String truncate(String name) {
        return name.length() <= 63 ? name : name.substring(0, 63);
    }

    static FieldSpec withNullable(FieldSpec f, boolean nullable) {
        return new FieldSpec(f.name(), f.column(), f.kind(), nullable, f.blank(), f.unique(), f.indexed(),
                f.primaryKey(), f.defaultValue(), f.choices(), f.maxLength(), f.precision(), f.scale(),
                f.verboseName(), f.helpText());
    }

    private static Optional<UniqueSpec> find(List<UniqueSpec> list, UniqueSpec u) {
        return list.stream().filter(x -> x.equals(u)).findFirst();
    }

    private static boolean sameDefinition(FieldSpec a, FieldSpec b) {
        return a.kind() == b.kind() && a.nullable() == b.nullable() && a.maxLength() == b.maxLength()
                && a.precision() == b.precision() && a.scale() == b.scale() && a.unique() == b.unique()
                && a.primaryKey() == b.primaryKey() && a.defaultValue().equals(b.defaultValue());
    }

    /** New models ordered so that a table is created after the tables its foreign keys reference. */
    private static List<ModelState> referencedFirst(List<ModelState> created) {
        List<ModelState> out = new ArrayList<>();
        List<ModelState> left = new ArrayList<>(created);
        while (!left.isEmpty()) {
            ModelState next = left.stream().filter(m -> m.table().foreignKeys().stream().allMatch(f ->
                    f.targetTable().equals(m.table().name()) || left.stream()
                            .noneMatch(o -> o.table().name().equals(f.targetTable())))).findFirst()
                    // A cycle: create in name order; the database reports the reference it cannot resolve.
                    .orElse(left.getFirst());
            left.remove(next);
            out.add(next);
        }
        return out;
    }

    private static boolean sameShape(Table a, Table b) {
        if (a.fields().size() != b.fields().size()) {
            return false;
        }
        for (int i = 0; i < a.fields().size(); i++) {
            if (!a.fields().get(i).equals(b.fields().get(i))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, ModelState> byName(List<ModelState> models) {
        Map<String, ModelState> map = new LinkedHashMap<>();
        models.forEach(m -> map.put(m.name(), m));
        return map;
    }
}

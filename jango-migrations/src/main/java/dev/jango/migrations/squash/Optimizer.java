package dev.jango.migrations.squash;

import dev.jango.db.meta.FieldSpec;
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
import dev.jango.migrations.operations.RenameModel;
import dev.jango.migrations.operations.RunCode;
import dev.jango.migrations.operations.RunSql;
import dev.jango.migrations.operations.ValidateConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reduces a list of operations to a shorter one with the same end state: a later operation on a model is folded
 * into an earlier one when nothing in between touches that model (raw SQL and code are barriers).
 */
public final class Optimizer {
    private Optimizer() {
    }

    public static List<Operation> optimize(List<Operation> input) {
        List<Operation> ops = new ArrayList<>(input.stream().filter(o -> !o.elidable()).toList());
        boolean changed = true;
        while (changed) {
            changed = false;
            outer:
            for (int i = 0; i < ops.size(); i++) {
                Set<String> models = models(ops.get(i));
                if (models.isEmpty()) {
                    continue;
                }
                for (int j = i + 1; j < ops.size(); j++) {
                    Operation later = ops.get(j);
                    Optional<List<Operation>> reduced = reduce(ops.get(i), later);
                    if (reduced.isPresent()) {
                        ops.remove(j);
                        ops.remove(i);
                        ops.addAll(i, reduced.get());
                        changed = true;
                        break outer;
                    }
                    Set<String> touched = models(later);
                    if (touched.isEmpty() || touched.stream().anyMatch(models::contains)) {
                        break;
                    }
                }
            }
        }
        return List.copyOf(ops);
    }

    /** The models an operation touches; empty for raw SQL and code, which may touch anything. */
    private static Set<String> models(Operation op) {
        return switch (op) {
            case CreateModel o -> Set.of(o.name());
            case DeleteModel o -> Set.of(o.name());
            case RenameModel o -> Set.of(o.oldName(), o.newName());
            case AlterTable o -> Set.of(o.model());
            case AddField o -> Set.of(o.model());
            case RemoveField o -> Set.of(o.model());
            case AlterField o -> Set.of(o.model());
            case RenameField o -> Set.of(o.model());
            case AddIndex o -> Set.of(o.model());
            case RemoveIndex o -> Set.of(o.model());
            case dev.jango.migrations.operations.RenameIndex o -> Set.of(o.model());
            case AddConstraint o -> Set.of(o.model());
            case ValidateConstraint o -> Set.of(o.model());
            case RemoveConstraint o -> Set.of(o.model());
            case Backfill o -> Set.of(o.model());
            case dev.jango.migrations.operations.DropColumn o -> Set.of(o.model());
            case RunSql o -> Set.of();
            case RunCode o -> Set.of();
            case dev.jango.migrations.operations.SeparateDatabaseAndState o -> Set.of();
        };
    }

    private static Optional<List<Operation>> reduce(Operation first, Operation second) {
        if (first instanceof CreateModel c) {
            return fold(c, second).map(List::of).or(() -> second instanceof DeleteModel d && d.name().equals(c.name())
                    ? Optional.of(List.of()) : Optional.empty());
        }
        if (first instanceof AddField a) {
            if (second instanceof RemoveField r && r.model().equals(a.model()) && r.name().equals(a.field().name())) {
                return Optional.of(List.of());
            }
            if (second instanceof AlterField al && al.model().equals(a.model())
                    && al.field().name().equals(a.field().name())) {
                return Optional.of(List.of(new AddField(a.model(), al.field())));
            }
        }
        if (first instanceof AddIndex a && second instanceof RemoveIndex r && a.model().equals(r.model())
                && a.index().equals(r.index())) {
            return Optional.of(List.of());
        }
        return Optional.empty();
    }

    /** {@code second} folded into the table of {@code c}, when it is an operation on that model. */
    private static Optional<Operation> fold(CreateModel c, Operation second) {
        Table t = c.table();
        String m = c.name();
        Table folded = switch (second) {
            case AddField o when o.model().equals(m) -> t.withFields(plus(t.fields(), o.field()));
            case AlterField o when o.model().equals(m) -> t.mapField(o.field().name(), f -> o.field());
            case RemoveField o when o.model().equals(m) && noIndexCovers(t, o.name()) ->
                    t.withFields(t.fields().stream().filter(f -> !f.name().equals(o.name())).toList());
            case RenameField o when o.model().equals(m) && noIndexCovers(t, o.oldName()) ->
                    t.mapField(o.oldName(), f -> renamed(f, o.newName(), o.column().orElse(f.column())));
            case AddIndex o when o.model().equals(m) -> t.withIndexes(plus(t.indexes(), o.index()));
            case RemoveIndex o when o.model().equals(m) -> t.withIndexes(t.indexes().stream()
                    .filter(i -> !t.indexName(i).equals(t.indexName(o.index()))).toList());
            case AddConstraint o when o.model().equals(m) -> switch (o.constraint()) {
                case Constraint.Check ch -> t.withChecks(plus(t.checks(), ch.spec()));
                case Constraint.Unique u -> t.withUniques(plus(t.uniques(), u.spec()));
                case Constraint.ForeignKey f -> t.withForeignKeys(plus(t.foreignKeys(), f.spec()));
            };
            case RemoveConstraint o when o.model().equals(m) -> switch (o.constraint()) {
                case Constraint.Check ch -> t.withChecks(t.checks().stream()
                        .filter(x -> !x.name().equals(ch.spec().name())).toList());
                case Constraint.Unique u -> t.withUniques(t.uniques().stream()
                        .filter(x -> !x.equals(u.spec())).toList());
                case Constraint.ForeignKey f -> t.withForeignKeys(t.foreignKeys().stream()
                        .filter(x -> !x.equals(f.spec())).toList());
            };
            case AlterTable o when o.model().equals(m) -> t.withName(o.table());
            case ValidateConstraint o when o.model().equals(m) -> t;
            // A backfill of a table created in the same migration has no rows to fill.
            case Backfill o when o.model().equals(m) -> t;
            default -> null;
        };
        if (second instanceof RenameModel r && r.oldName().equals(m)) {
            return Optional.of(new CreateModel(r.newName(), t));
        }
        return Optional.ofNullable(folded).map(x -> new CreateModel(m, x));
    }

    private static boolean noIndexCovers(Table t, String field) {
        return t.indexes().stream().noneMatch(i -> i.fields().contains(field) || i.fields().contains("-" + field))
                && t.uniques().stream().noneMatch(u -> u.fields().contains(field));
    }

    private static FieldSpec renamed(FieldSpec f, String name, String column) {
        return new FieldSpec(name, column, f.kind(), f.nullable(), f.blank(), f.unique(), f.indexed(),
                f.primaryKey(), f.defaultValue(), f.choices(), f.maxLength(), f.precision(), f.scale(),
                f.verboseName(), f.helpText());
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}

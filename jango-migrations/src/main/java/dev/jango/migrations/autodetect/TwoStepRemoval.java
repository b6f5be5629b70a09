package dev.jango.migrations.autodetect;

import dev.jango.db.meta.FieldSpec;
import dev.jango.migrations.io.PendingDrops.Drop;
import dev.jango.migrations.operations.AlterField;
import dev.jango.migrations.operations.DropColumn;
import dev.jango.migrations.operations.Operation;
import dev.jango.migrations.operations.RemoveField;
import dev.jango.migrations.operations.SeparateDatabaseAndState;
import dev.jango.migrations.state.ProjectState;
import java.util.ArrayList;
import java.util.List;

/**
 * Field removal across two releases. Release N ships a state-only removal: the ORM stops reading the field while
 * the column stays (made nullable, so the new code's inserts, which omit it, still work). Release N+1 drops the
 * column, once no running code reads it. The owed drops are kept in {@code pending_drops.json}.
 *
 * <pre>{@code
 * List<Operation> ops = TwoStepRemoval.firstStep(detected, snapshot, "shop");   // RemoveField → state-only
 * List<Drop> owed = TwoStepRemoval.removed(detected, snapshot, "shop", "0003_remove_book_isbn");
 * }</pre>
 */
public final class TwoStepRemoval {
    private TwoStepRemoval() {
    }

    /** {@code ops} with every field removal replaced by its state-only first step. */
    public static List<Operation> firstStep(List<Operation> ops, ProjectState before, String app) {
        List<Operation> out = new ArrayList<>(ops.size());
        for (Operation op : ops) {
            if (op instanceof RemoveField r) {
                FieldSpec f = before.model(app, r.model()).table().requireField(r.name());
                // A NOT NULL column without a default would reject the next release's inserts, which omit it.
                List<Operation> database = f.nullable() && !f.unique() ? List.of()
                        : List.of(new AlterField(r.model(), DropColumn.nullable(f)));
                out.add(new SeparateDatabaseAndState(database, List.of(r)));
            } else {
                out.add(op);
            }
        }
        return out;
    }

    /** The drops owed by the field removals in {@code ops} (plain or first steps), made by migration {@code since}. */
    public static List<Drop> removed(List<Operation> ops, ProjectState before, String app, String since) {
        List<Drop> out = new ArrayList<>();
        for (Operation op : ops) {
            RemoveField r = switch (op) {
                case RemoveField direct -> direct;
                case SeparateDatabaseAndState s when s.state().size() == 1 && s.state().getFirst() instanceof
                        RemoveField inState -> inState;
                default -> null;
            };
            if (r != null) {
                out.add(new Drop(r.model(), before.model(app, r.model()).table().requireField(r.name()), since));
            }
        }
        return out;
    }

    /** The second-step operations for {@code drops}. */
    public static List<Operation> secondStep(List<Drop> drops) {
        return drops.stream().<Operation>map(d -> new DropColumn(d.model(), d.field(), d.since())).toList();
    }
}

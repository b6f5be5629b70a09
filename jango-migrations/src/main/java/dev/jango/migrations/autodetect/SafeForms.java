package dev.jango.migrations.autodetect;

import dev.jango.migrations.operations.AddConstraint;
import dev.jango.migrations.operations.Operation;
import dev.jango.migrations.operations.ValidateConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits detected operations into migrations so each safe form gets the transaction it needs: non-atomic
 * operations (concurrent index builds, backfills) go alone in a non-atomic migration, and a VALIDATE starts a
 * new migration so it never shares a transaction with its NOT VALID add.
 */
public final class SafeForms {
    private SafeForms() {
    }

    public static List<List<Operation>> split(List<Operation> ops) {
        List<List<Operation>> out = new ArrayList<>();
        List<Operation> current = new ArrayList<>();
        for (Operation op : ops) {
            boolean alone = !op.atomic();
            boolean validatesCurrent = op instanceof ValidateConstraint v && current.stream().anyMatch(o ->
                    o instanceof AddConstraint a && a.online() && !(a.constraint() instanceof dev.jango.migrations
                            .operations.Constraint.Unique) && a.model().equals(v.model()));
            if ((alone || validatesCurrent) && !current.isEmpty()) {
                out.add(current);
                current = new ArrayList<>();
            }
            current.add(op);
            if (alone) {
                out.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }
}

package dev.jango.migrations.autodetect;

import dev.jango.db.schema.ForeignKeySpec;
import dev.jango.migrations.operations.AddConstraint;
import dev.jango.migrations.operations.Constraint;
import dev.jango.migrations.operations.CreateModel;
import dev.jango.migrations.operations.Operation;
import dev.jango.migrations.state.ModelState;
import dev.jango.migrations.state.ProjectState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Foreign keys across apps: which other apps a batch of operations references (its migration must depend on their
 * latest migration), and an app order in which referenced apps come first.
 *
 * <pre>{@code
 * Set<String> apps = CrossApp.referencedApps("shop", ops, models);   // ["library"] for Book.author → Author
 * }</pre>
 */
public final class CrossApp {
    private CrossApp() {
    }

    /** Apps other than {@code app} whose tables the foreign keys created by {@code ops} reference. */
    public static Set<String> referencedApps(String app, List<Operation> ops, ProjectState models) {
        Set<String> out = new LinkedHashSet<>();
        for (Operation op : ops) {
            List<ForeignKeySpec> fks = switch (op) {
                case CreateModel c -> c.table().foreignKeys();
                case AddConstraint a when a.constraint() instanceof Constraint.ForeignKey f -> List.of(f.spec());
                default -> List.of();
            };
            for (ForeignKeySpec fk : fks) {
                ownerOf(fk.targetTable(), models).filter(owner -> !owner.equals(app)).ifPresent(out::add);
            }
        }
        return out;
    }

    /** {@code apps} reordered so that an app comes after the apps its models reference (stable otherwise). */
    public static List<String> referencedFirst(List<String> apps, ProjectState models) {
        List<String> out = new ArrayList<>();
        List<String> left = new ArrayList<>(apps);
        while (!left.isEmpty()) {
            String next = left.stream().filter(a -> references(a, models).stream().noneMatch(
                    r -> !r.equals(a) && left.contains(r))).findFirst().orElse(left.getFirst());
            left.remove(next);
            out.add(next);
        }
        return out;
    }

    private static Set<String> references(String app, ProjectState models) {
        Set<String> out = new LinkedHashSet<>();
        for (ModelState m : models.ofApp(app)) {
            for (ForeignKeySpec fk : m.table().foreignKeys()) {
                ownerOf(fk.targetTable(), models).ifPresent(out::add);
            }
        }
        return out;
    }

    private static java.util.Optional<String> ownerOf(String table, ProjectState models) {
        return models.models().values().stream().filter(m -> m.table().name().equals(table)).map(ModelState::app)
                .findFirst();
    }
}

package dev.jango.migrations;

import dev.jango.migrations.autodetect.Autodetector;
import dev.jango.migrations.autodetect.CrossApp;
import dev.jango.migrations.autodetect.Questioner;
import dev.jango.migrations.autodetect.SafeForms;
import dev.jango.migrations.autodetect.TwoStepRemoval;
import dev.jango.migrations.graph.GraphException;
import dev.jango.migrations.graph.History;
import dev.jango.migrations.graph.Migration;
import dev.jango.migrations.graph.MigrationGraph;
import dev.jango.migrations.graph.MigrationKey;
import dev.jango.migrations.io.HeadFile;
import dev.jango.migrations.io.MigrationFile;
import dev.jango.migrations.io.PendingDrops;
import dev.jango.migrations.io.PendingDrops.Drop;
import dev.jango.migrations.io.Snapshot;
import dev.jango.migrations.operations.AddConstraint;
import dev.jango.migrations.operations.AddField;
import dev.jango.migrations.operations.AddIndex;
import dev.jango.migrations.operations.AlterField;
import dev.jango.migrations.operations.AlterTable;
import dev.jango.migrations.operations.Backfill;
import dev.jango.migrations.operations.CreateModel;
import dev.jango.migrations.operations.DeleteModel;
import dev.jango.migrations.operations.DropColumn;
import dev.jango.migrations.operations.Operation;
import dev.jango.migrations.operations.RemoveField;
import dev.jango.migrations.operations.RenameField;
import dev.jango.migrations.operations.RenameModel;
import dev.jango.migrations.operations.SeparateDatabaseAndState;
import dev.jango.migrations.operations.ValidateConstraint;
import dev.jango.migrations.state.ProjectState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code makemigrations}: for each app, diff its models against {@code schema.json}, write the new migrations
 * (safe forms split into their own files), then the new snapshot and {@code HEAD}. History is not replayed.
 */
public final class MakeMigrations {
    private MakeMigrations() {
    }

    /**
     * @param apps       apps to look at; empty means all
     * @param questioner answers rename questions
     * @param name       name for the (first) new migration instead of a generated one
     * @param write      false for {@code --check} and {@code --dry-run}
     * @param release    the previous release is deployed: emit the column drops owed by earlier state-only field
     *                   removals ({@code pending_drops.json})
     */
    public record Options(List<String> apps, Questioner questioner, Optional<String> name, boolean write,
                          boolean release) {
        /** Without {@code --release}: pending column drops stay pending. */
        public Options(List<String> apps, Questioner questioner, Optional<String> name, boolean write) {
            this(apps, questioner, name, write, false);
        }

        public static Options defaults() {
            return new Options(List.of(), Questioner.never(), Optional.empty(), true);
        }
    }

    /** The migrations made (or that would be made), per app. */
    public record Result(Map<String, List<Migration>> made) {
        public boolean changed() {
            return made.values().stream().anyMatch(l -> !l.isEmpty());
        }
    }

    public static Result run(Workspace ws, Options options, Consumer<String> out) {
        MigrationGraph graph = ws.graph(Set.of());
        ws.checkHeads(graph);
        ProjectState models = ws.modelState();
        Map<String, List<Migration>> made = new java.util.LinkedHashMap<>();
        // Referenced apps first, so a foreign key's migration can depend on the target app's newest migration.
        List<String> order = CrossApp.referencedFirst(ws.apps().stream().map(AppMigrations::app).toList(), models);
        Map<String, MigrationKey> newest = new java.util.HashMap<>();
        for (String label : order) {
            AppMigrations app = ws.apps().stream().filter(a -> a.app().equals(label)).findFirst().orElseThrow();
            if (!options.apps().isEmpty() && !options.apps().contains(app.app())) {
                continue;
            }
            ProjectState snapshot = Snapshot.read(app.dir(), app.app());
            List<Operation> detected = new Autodetector(options.questioner()).changes(app.app(), snapshot, models);
            List<Drop> pending = PendingDrops.read(app.dir());
            List<Operation> ops = new ArrayList<>(TwoStepRemoval.firstStep(detected, snapshot, app.app()));
            ops.addAll(options.release() ? TwoStepRemoval.secondStep(pending) : List.of());
            List<Drop> owed = new ArrayList<>(options.release() ? List.of() : pending);
            if (ops.isEmpty()) {
                made.put(app.app(), List.of());
                reportPending(app.app(), owed, out);
                continue;
            }
            if (app.packaged() && options.write()) {
                throw new GraphException("app '" + app.app() + "' has model changes, but its migrations are read"
                        + " from the class path (" + app.dir().toUri() + "); make them in that app's own source"
                        + " tree, or leave it out with `makemigrations <app>…`");
            }
            List<MigrationKey> leaves = graph.leaves(app.app());
            Optional<MigrationKey> previous = leaves.isEmpty() ? Optional.empty() : Optional.of(leaves.getFirst());
            int number = previous.map(k -> Integer.parseInt(k.name().substring(0, k.name().indexOf('_'))))
                    .orElse(0);
            List<Migration> migrations = new ArrayList<>();
            ProjectState state = snapshot;
            List<List<Operation>> groups = SafeForms.split(ops);
            for (int i = 0; i < groups.size(); i++) {
                List<Operation> group = groups.get(i);
                int part = i + 1;
                String name = String.format(Locale.ROOT, "%04d_%s", ++number, options.name()
                        .map(n -> groups.size() == 1 ? n : n + "_" + part)
                        .orElseGet(() -> autoName(group, previous.isEmpty() && migrations.isEmpty())));
                List<MigrationKey> deps = new ArrayList<>(migrations.isEmpty()
                        ? previous.map(List::of).orElse(List.of()) : List.of(migrations.getLast().key()));
                for (String other : CrossApp.referencedApps(app.app(), group, models)) {
                    MigrationKey latest = newest.containsKey(other) ? newest.get(other)
                            : graph.apps().contains(other) ? graph.leaf(other) : null;
                    if (latest != null && !deps.contains(latest)) {
                        deps.add(latest);
                    }
                }
                boolean atomic = group.stream().allMatch(Operation::atomic);
                Migration m = MigrationFile.withHash(new Migration(new MigrationKey(app.app(), name), deps, group,
                        atomic, previous.isEmpty() && migrations.isEmpty(), List.of(), Map.of(), ""));
                state = History.apply(m, state);
                migrations.add(m);
                owed.addAll(TwoStepRemoval.removed(group, snapshot, app.app(), name));
            }
            if (!state.onlyApp(app.app()).equals(models.onlyApp(app.app()))) {
                throw new GraphException("internal: the operations detected for " + app.app() + " do not reproduce"
                        + " its models; please report this with the models' diff");
            }
            made.put(app.app(), migrations);
            newest.put(app.app(), migrations.getLast().key());
            for (Migration m : migrations) {
                out.accept("Migrations for '" + app.app() + "': " + m.name() + (m.atomic() ? "" : " (non-atomic)"));
                m.operations().forEach(o -> out.accept("  - " + o.describe()));
            }
            if (options.write()) {
                Path dir = app.dir();
                migrations.forEach(m -> MigrationFile.write(dir, m));
                String head = migrations.getLast().name();
                Snapshot.write(dir, app.app(), head, state);
                HeadFile.write(dir, head);
                PendingDrops.write(dir, owed);
            }
            reportPending(app.app(), owed, out);
        }
        if (made.values().stream().allMatch(List::isEmpty)) {
            out.accept("No changes detected");
        }
        return new Result(made);
    }

    private static void reportPending(String app, List<Drop> owed, Consumer<String> out) {
        for (Drop d : owed) {
            out.accept("Pending for '" + app + "': drop column " + d.field().column() + " of " + d.model()
                    + " (left the state in " + d.since() + "); run `makemigrations --release` once that migration"
                    + " is deployed everywhere");
        }
    }

    /** {@code initial}, {@code book_isbn}, {@code create_author}, … from the group's first operation. */
    static String autoName(List<Operation> ops, boolean initial) {
        if (initial) {
            return "initial";
        }
        String base = switch (ops.getFirst()) {
            case CreateModel c -> "create_" + snake(c.name());
            case DeleteModel d -> "delete_" + snake(d.name());
            case RenameModel r -> "rename_" + snake(r.oldName()) + "_" + snake(r.newName());
            case AlterTable a -> "alter_" + snake(a.model()) + "_table";
            case AddField a -> snake(a.model()) + "_" + snake(a.field().name());
            case RemoveField r -> "remove_" + snake(r.model()) + "_" + snake(r.name());
            case AlterField a -> "alter_" + snake(a.model()) + "_" + snake(a.field().name());
            case RenameField r -> "rename_" + snake(r.model()) + "_" + snake(r.oldName());
            case AddIndex a -> snake(a.model()) + "_index";
            case AddConstraint a -> snake(a.model()) + "_constraint";
            case ValidateConstraint v -> "validate_" + v.name();
            case Backfill b -> "backfill_" + snake(b.model()) + "_" + snake(b.field());
            case DropColumn d -> "drop_" + snake(d.model()) + "_" + d.field().column();
            case SeparateDatabaseAndState s when s.state().size() == 1 && s.state().getFirst() instanceof RemoveField r
                    -> "remove_" + snake(r.model()) + "_" + snake(r.name());
            default -> "auto";
        };
        String name = ops.size() > 1 && !(ops.getFirst() instanceof ValidateConstraint) ? base + "_and_more" : base;
        return name.length() > 60 ? name.substring(0, 60) : name;
    }

    private static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}

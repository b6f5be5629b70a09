package dev.jango.migrations.cli;

import dev.jango.cli.Project;
import dev.jango.db.schema.SchemaEditor;
import dev.jango.migrations.Workspace;
import dev.jango.migrations.executor.SnapshotBuild;
import dev.jango.migrations.io.Snapshot;
import java.sql.SQLException;
import dev.jango.migrations.executor.Executor;
import dev.jango.migrations.executor.PlanStep;
import dev.jango.migrations.executor.Target;
import dev.jango.migrations.graph.MigrationGraph;
import dev.jango.migrations.lint.Finding;
import dev.jango.migrations.lint.Linter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code migrate [app [name|zero]]}: brings the database to the target. {@code --plan} prints the plan only,
 * {@code --check} exits 1 if migrations are unapplied or the linter finds problems in them.
 */
@Command(name = "migrate", description = "Applies or unapplies migrations.")
final class MigrateCommand extends BaseCommand {
    @Parameters(index = "0", arity = "0..1", description = "App label.")
    Optional<String> app;

    @Parameters(index = "1", arity = "0..1", description = "Migration name, or zero.")
    Optional<String> name;

    @Option(names = "--fake", description = "Record the migrations as applied/unapplied without running them.")
    boolean fake;

    @Option(names = "--fake-initial", description = "Fake initial migrations whose tables already exist.")
    boolean fakeInitial;

    @Option(names = "--plan", description = "Show the plan and stop.")
    boolean plan;

    @Option(names = "--snapshot", description = "On a fresh database, create each app's tables from schema.json"
            + " and record its migrations as applied (for test databases; data migrations are skipped).")
    boolean snapshot;

    @Option(names = "--check", description = "Exit 1 if there are unapplied migrations or lint findings in them.")
    boolean check;

    MigrateCommand(Project project) {
        super(project);
    }

    @Override
    public Integer call() throws Exception {
        app.ifPresent(project::requireApp);
        var ws = workspace();
        return withExecutor((executor, editor) -> {
            if (snapshot && !plan && !check) {
                buildFromSnapshots(ws, executor, editor);
            }
            MigrationGraph graph = ws.graph(executor.applied().keySet());
            ws.checkHeads(graph);
            List<PlanStep> steps = executor.plan(graph, Target.parse(app, name));
            if (plan || check) {
                if (steps.isEmpty()) {
                    out().println("No planned migration operations.");
                }
                for (PlanStep s : steps) {
                    out().println(s);
                    graph.get(s.key()).operations().forEach(o -> out().println("    " + o.describe()));
                }
                if (check) {
                    List<Finding> findings = Linter.lint(graph, editor.vendorName(),
                            steps.stream().map(PlanStep::key).toList(), Executor.Options.defaults().lockTimeout());
                    findings.forEach(f -> out().println("lint: " + f));
                    return steps.isEmpty() && findings.isEmpty() ? 0 : 1;
                }
                return 0;
            }
            if (steps.isEmpty()) {
                out().println("No migrations to apply.");
                return 0;
            }
            executor.migrate(graph, steps, fake ? Executor.Mode.FAKE
                    : fakeInitial ? Executor.Mode.FAKE_INITIAL : Executor.Mode.RUN);
            return 0;
        });
    }

    private void buildFromSnapshots(Workspace ws, Executor executor,
                                    SchemaEditor editor) throws SQLException {
        var applied = executor.applied().keySet();
        MigrationGraph graph = ws.graph(applied);
        for (var a : ws.apps()) {
            boolean fresh = graph.order().stream().noneMatch(k -> k.app().equals(a.app()) && applied.contains(k));
            boolean wanted = app.isEmpty() || app.get().equals(a.app());
            if (fresh && wanted && graph.apps().contains(a.app())) {
                SnapshotBuild.build(executor.database(), editor, graph, a.app(),
                        Snapshot.read(a.dir(), a.app()), out()::println);
            }
        }
    }
}

package dev.jango.migrations.cli;

import dev.jango.cli.Project;
import dev.jango.migrations.executor.Executor;
import dev.jango.migrations.executor.PlanStep;
import dev.jango.migrations.graph.MigrationGraph;
import dev.jango.migrations.graph.MigrationKey;
import dev.jango.migrations.operations.Step;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sqlmigrate app name [--backwards]}: prints the SQL a migration runs on the selected database. */
@Command(name = "sqlmigrate", description = "Prints the SQL of one migration.")
final class SqlMigrateCommand extends BaseCommand {
    @Parameters(index = "0", description = "App label.")
    String app;

    @Parameters(index = "1", description = "Migration name.")
    String name;

    @Option(names = "--backwards", description = "The SQL that unapplies it.")
    boolean backwards;

    SqlMigrateCommand(Project project) {
        super(project);
    }

    @Override
    public Integer call() throws Exception {
        project.requireApp(app);
        var ws = workspace();
        return withExecutor((executor, editor) -> {
            MigrationGraph graph = ws.graph(Set.of());
            MigrationKey key = new MigrationKey(app, name);
            var prepared = executor.prepare(graph, List.of(new PlanStep(key, backwards))).getFirst();
            boolean tx = prepared.atomic() && editor.transactionalDdl();
            if (tx) {
                out().println("BEGIN;");
            } else {
                out().println("-- not atomic: statements run one by one");
            }
            int op = -1;
            for (int i = 0; i < prepared.steps().size(); i++) {
                if (prepared.opIndex().get(i) != op) {
                    op = prepared.opIndex().get(i);
                    out().println("-- " + prepared.migration().operations().get(op).describe());
                }
                Step s = prepared.steps().get(i);
                out().println(s);
            }
            if (tx) {
                out().println("COMMIT;");
            }
            return 0;
        });
    }
}

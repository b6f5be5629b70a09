package dev.jango.migrations.cli;

import dev.jango.cli.Project;
import dev.jango.migrations.executor.Executor;
import dev.jango.migrations.graph.MigrationGraph;
import dev.jango.migrations.graph.MigrationKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code showmigrations [app…]}: each migration with {@code [X]} when applied; edited ones are flagged. */
@Command(name = "showmigrations", description = "Lists migrations and whether they are applied.")
final class ShowMigrationsCommand extends BaseCommand {
    @Parameters(arity = "0..*", description = "Apps (default: all).")
    List<String> apps = new ArrayList<>();

    ShowMigrationsCommand(Project project) {
        super(project);
    }

    @Override
    public Integer call() throws Exception {
        apps.forEach(project::requireApp);
        var ws = workspace();
        return withExecutor((executor, editor) -> {
            Map<MigrationKey, String> applied = executor.applied();
            MigrationGraph graph = ws.graph(applied.keySet());
            List<String> edited = Executor.edited(graph, applied);
            for (var a : ws.apps()) {
                if (!apps.isEmpty() && !apps.contains(a.app())) {
                    continue;
                }
                out().println(a.app());
                List<MigrationKey> keys = graph.order().stream().filter(k -> k.app().equals(a.app())).toList();
                if (keys.isEmpty()) {
                    out().println(" (no migrations)");
                }
                for (MigrationKey k : keys) {
                    String mark = applied.containsKey(k) ? "[X]" : "[ ]";
                    String note = edited.stream().anyMatch(e -> e.startsWith(k + " ")) ? "  (edited after applying)"
                            : "";
                    out().println(" " + mark + " " + k.name() + note);
                }
            }
            edited.forEach(e -> out().println("warning: " + e));
            return edited.isEmpty() ? 0 : 1;
        });
    }
}

package dev.jango.migrations.cli;

import dev.jango.cli.Project;
import dev.jango.migrations.executor.Executor;
import dev.jango.migrations.graph.MigrationGraph;
import dev.jango.migrations.graph.MigrationKey;
import dev.jango.migrations.lint.Finding;
import dev.jango.migrations.lint.Linter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lintmigrations [app [name]] [--vendor v]}: runs the safety linter; exits 1 on findings. */
@Command(name = "lintmigrations", description = "Checks migrations for operations unsafe on a busy database.")
final class LintMigrationsCommand extends BaseCommand {
    @Parameters(index = "0", arity = "0..1", description = "App label.")
    Optional<String> app;

    @Parameters(index = "1", arity = "0..1", description = "Migration name.")
    Optional<String> name;

    @Option(names = "--vendor", defaultValue = "postgresql", description = "Dialect to lint for (default: ${DEFAULT-VALUE}).")
    String vendor;

    LintMigrationsCommand(Project project) {
        super(project);
    }

    @Override
    public Integer call() {
        app.ifPresent(project::requireApp);
        MigrationGraph graph = workspace().graph(Set.of());
        List<MigrationKey> keys = graph.order().stream()
                .filter(k -> app.isEmpty() || k.app().equals(app.get()))
                .filter(k -> name.isEmpty() || k.name().equals(name.get())).toList();
        if (name.isPresent()) {
            graph.get(new MigrationKey(app.orElseThrow(), name.get()));
        }
        List<Finding> findings = keys.isEmpty() ? List.of()
                : Linter.lint(graph, vendor, keys, Executor.Options.defaults().lockTimeout());
        findings.forEach(f -> out().println(f));
        out().println(findings.isEmpty() ? "No problems found." : findings.size() + " problem(s); silence one with"
                + " \"lint\": {\"<id>\": \"<why it is safe>\"} in the migration file");
        return findings.isEmpty() ? 0 : 1;
    }
}

package dev.jango.migrations.cli;

import dev.jango.cli.Project;
import dev.jango.migrations.MakeMigrations;
import dev.jango.migrations.autodetect.PromptQuestioner;
import dev.jango.migrations.autodetect.Questioner;
import dev.jango.migrations.graph.MigrationGraph;
import dev.jango.migrations.lint.Finding;
import dev.jango.migrations.lint.Linter;
import java.io.Console;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code makemigrations [app…]}: diff models against each app's snapshot and write the migrations. {@code --check}
 * exits 1 listing the changes when models and migrations disagree; {@code --dry-run} prints without writing.
 */
@Command(name = "makemigrations", description = "Creates migrations from model changes.")
final class MakeMigrationsCommand extends BaseCommand {
    @Parameters(arity = "0..*", description = "Apps (default: all).")
    List<String> apps = new ArrayList<>();

    @Option(names = "--check", description = "Exit 1 if models have changes with no migration; write nothing.")
    boolean check;

    @Option(names = "--dry-run", description = "Show what would be written.")
    boolean dryRun;

    @Option(names = "--name", description = "Name of the new migration (after the number).")
    Optional<String> name;

    @Option(names = "--rename", description = "A rename answer: app.Old=New or app.Model.old=new (repeatable).")
    List<String> renames = new ArrayList<>();

    @Option(names = "--release", description = "The previous release is deployed: drop the columns of fields removed"
            + " from models in it (pending_drops.json).")
    boolean release;

    @Option(names = "--no-input", description = "Never ask; renames only from --rename.")
    boolean noInput;

    @Option(names = "--vendor", defaultValue = "postgresql", description = "Dialect the new migrations are linted for.")
    String vendor;

    MakeMigrationsCommand(Project project) {
        super(project);
    }

    @Override
    public Integer call() {
        apps.forEach(project::requireApp);
        Questioner questioner = questioner();
        var ws = workspace();
        var result = MakeMigrations.run(ws, new MakeMigrations.Options(apps, questioner, name, !check && !dryRun, release),
                out()::println);
        if (check) {
            return result.changed() ? 1 : 0;
        }
        if (!dryRun && result.changed()) {
            MigrationGraph graph = ws.graph(Set.of());
            List<dev.jango.migrations.graph.MigrationKey> made = result.made().values().stream()
                    .flatMap(List::stream).map(m -> m.key()).toList();
            List<Finding> findings = Linter.lint(graph, vendor, made, Duration.ofSeconds(5));
            findings.forEach(f -> out().println("lint: " + f));
        }
        return 0;
    }

    private Questioner questioner() {
        Questioner flags = Questioner.answers(Set.copyOf(renames));
        Console console = System.console();
        if (noInput || console == null || !console.isTerminal()) {
            return flags;
        }
        return new PromptQuestioner(flags, console.reader(), console.writer());
    }
}

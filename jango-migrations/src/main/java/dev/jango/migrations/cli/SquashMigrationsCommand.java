package dev.jango.migrations.cli;

import dev.jango.cli.Project;
import dev.jango.migrations.graph.Migration;
import dev.jango.migrations.graph.MigrationGraph;
import dev.jango.migrations.io.HeadFile;
import dev.jango.migrations.io.MigrationFile;
import dev.jango.migrations.squash.Squasher;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code squashmigrations app [from] to}: writes one migration replacing the range; the originals stay until every
 * database has applied all or none of them, then can be deleted.
 */
@Command(name = "squashmigrations", description = "Squashes a range of an app's migrations into one.")
final class SquashMigrationsCommand extends BaseCommand {
    @Parameters(index = "0", description = "App label.")
    String app;

    @Parameters(index = "1", description = "First migration (or the last, when only one name is given).")
    String first;

    @Parameters(index = "2", arity = "0..1", description = "Last migration.")
    Optional<String> last;

    SquashMigrationsCommand(Project project) {
        super(project);
    }

    @Override
    public Integer call() {
        project.requireApp(app);
        var ws = workspace();
        MigrationGraph graph = ws.graph(Set.of());
        String from = last.isPresent() ? first : graph.order().stream().filter(k -> k.app().equals(app))
                .findFirst().orElseThrow().name();
        String to = last.orElse(first);
        Migration squashed = Squasher.squash(graph, app, from, to);
        var dir = ws.app(app).dir();
        MigrationFile.write(dir, squashed);
        if (HeadFile.read(dir).map(to::equals).orElse(false)) {
            HeadFile.write(dir, squashed.name());
        }
        int before = squashed.replaces().stream().mapToInt(k -> graph.get(k).operations().size()).sum();
        out().println("Squashed " + squashed.replaces().size() + " migrations of " + app + " into "
                + squashed.name() + ": " + before + " operations → " + squashed.operations().size());
        return 0;
    }
}

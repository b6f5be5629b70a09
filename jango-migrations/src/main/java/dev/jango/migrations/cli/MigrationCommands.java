package dev.jango.migrations.cli;

import dev.jango.cli.Project;
import dev.jango.cli.spi.CommandProvider;
import java.util.List;

/** Contributes the migration commands to {@code manage}. */
public final class MigrationCommands implements CommandProvider {
    @Override
    public List<Object> commands(Project project) {
        return List.of(new MakeMigrationsCommand(project), new MigrateCommand(project),
                new ShowMigrationsCommand(project), new SqlMigrateCommand(project), new LintMigrationsCommand(project),
                new SquashMigrationsCommand(project));
    }
}

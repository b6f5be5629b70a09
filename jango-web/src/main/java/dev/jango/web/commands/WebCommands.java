package dev.jango.web.commands;

import dev.jango.cli.Project;
import dev.jango.cli.spi.CommandProvider;
import dev.jango.web.apps.App;
import dev.jango.web.apps.AppRegistry;
import dev.jango.web.settings.Settings;
import java.util.ArrayList;
import java.util.List;

/**
 * Contributes the web layer's commands to {@code manage}: {@code check}, {@code shell}, {@code dbshell},
 * {@code startproject}, {@code runserver} and each installed app's own commands. A project without an
 * {@link AppRegistry} extension (no {@code ProjectDefinition} found) gets settings from the environment and no apps.
 *
 * <pre>{@code
 * # META-INF/services/dev.jango.cli.spi.CommandProvider
 * dev.jango.web.commands.WebCommands
 * }</pre>
 */
public final class WebCommands implements CommandProvider {
    @Override
    public List<Object> commands(Project project) {
        AppRegistry registry = registry(project);
        List<Object> commands = new ArrayList<>();
        commands.add(new CheckCommand(registry));
        commands.add(new ShellCommand(project));
        commands.add(new DbShellCommand(project));
        commands.add(new StartProjectCommand(project));
        commands.add(new RunServerCommand(project));
        for (App app : registry.apps()) {
            commands.addAll(app.commands(project));
        }
        return commands;
    }

    /** The project's registry, or an empty one over environment settings. */
    public static AppRegistry registry(Project project) {
        return project.extension(AppRegistry.class).orElseGet(() -> {
            Settings settings = Settings.load(System.getenv(), b -> project.databases().forEach(b::database));
            return AppRegistry.load(settings, List.of());
        });
    }
}

package dev.jango.cli.spi;

import dev.jango.cli.Project;
import java.util.List;

/**
 * Contributes management commands to {@code manage}. Implementations are found with {@link java.util.ServiceLoader}
 * (list the class in {@code META-INF/services/dev.jango.cli.spi.CommandProvider}, or {@code provides} it in a
 * module). Each returned object is a picocli command: an instance of a class annotated with
 * {@code @picocli.CommandLine.Command}, or a ready {@link picocli.CommandLine}. Its {@code name} is the sub-command
 * name; two providers contributing the same name is an error naming both.
 *
 * <pre>{@code
 * public final class MigrationCommands implements CommandProvider {
 *     public List<Object> commands(Project project) {
 *         return List.of(new MigrateCommand(project), new MakeMigrationsCommand(project));
 *     }
 * }
 * }</pre>
 *
 * <p>A command's {@code call()} returns its exit code (0 success, 1 errors found, 2 bad usage); a thrown exception
 * is printed without a stack trace and exits with 1.
 */
public interface CommandProvider {
    /** The commands, each built for {@code project}. */
    List<Object> commands(Project project);
}

package dev.jango.cli.spi;

import dev.jango.cli.Project;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Tells the generic launcher ({@code dev.jango.cli.Manage.main}) what the project is: its apps and databases.
 * Found with {@link java.util.ServiceLoader}; the first loader that answers wins. The web layer's loader reads the
 * settings class named by {@code JANGO_SETTINGS}. A project that builds its {@link Project} in code calls
 * {@code Manage.run(project, args)} and needs no loader.
 *
 * <pre>{@code
 * public final class MyLoader implements ProjectLoader {
 *     public Optional<Project> load(Path baseDir, Map<String, String> env) {
 *         return Optional.of(new Project(baseDir, Map.of("default", "sqlite:db.sqlite3"), List.of(new ShopApp())));
 *     }
 * }
 * }</pre>
 */
public interface ProjectLoader {
    /** The project rooted at {@code baseDir}, or empty if this loader does not know it. */
    Optional<Project> load(Path baseDir, Map<String, String> env);
}

package dev.jango.web.apps;

import dev.jango.cli.Project;
import dev.jango.cli.spi.ProjectLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Lets {@code manage} find a web project: the first {@link ProjectDefinition} on the class path, loaded with the
 * environment, becomes the {@link Project} with its {@link AppRegistry}, settings and the definition itself as
 * extensions.
 *
 * <pre>{@code
 * Project p = new WebProjectLoader().load(Path.of("."), System.getenv()).orElseThrow();
 * p.extension(AppRegistry.class).orElseThrow().settings();
 * }</pre>
 */
public final class WebProjectLoader implements ProjectLoader {
    @Override
    public Optional<Project> load(Path baseDir, Map<String, String> env) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (ProjectDefinition definition : ServiceLoader.load(ProjectDefinition.class,
                loader != null ? loader : WebProjectLoader.class.getClassLoader())) {
            Project project = definition.load(env).toProject(baseDir);
            List<Object> extensions = new ArrayList<>(project.extensions());
            extensions.add(definition);
            return Optional.of(new Project(project.baseDir(), project.databases(), project.apps(), extensions));
        }
        return Optional.empty();
    }
}

package dev.jango.web.apps;

import dev.jango.web.routing.Routes;
import dev.jango.web.settings.Settings;
import java.util.List;
import java.util.Map;

/**
 * A project's entry point for the framework: its settings, its apps and its root routes. Listed in
 * {@code META-INF/services/dev.jango.web.apps.ProjectDefinition}, it lets {@code manage} (through
 * {@link WebProjectLoader}) and the server find the project without naming classes in configuration.
 *
 * <pre>{@code
 * public final class Shop implements ProjectDefinition {
 *     public Settings settings(Map<String, String> env) { return Settings.load(env, b -> b.extra("shop.currency", "EUR")); }
 *     public List<App> apps() { return List.of(new CatalogApp()); }
 * }
 * }</pre>
 */
public interface ProjectDefinition {
    /** The settings for {@code env}; by default {@link Settings#load(Map)}. */
    default Settings settings(Map<String, String> env) {
        return Settings.load(env);
    }

    /** The installed apps in load order. */
    List<App> apps();

    /** The project's root routes; by default each app under {@code <label>/}. */
    default List<Routes.Def> routes(AppRegistry registry) {
        return registry.routes();
    }

    /** Loads settings and apps and runs the ready hooks. */
    default AppRegistry load(Map<String, String> env) {
        return AppRegistry.load(settings(env), apps());
    }
}

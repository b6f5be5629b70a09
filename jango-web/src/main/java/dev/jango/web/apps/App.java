package dev.jango.web.apps;

import dev.jango.cli.AppSpec;
import dev.jango.cli.Project;
import dev.jango.web.commands.Check;
import dev.jango.web.routing.Routes;
import java.util.List;

/**
 * One application of a Jango project: its models, routes, templates, commands and checks, and a {@link #ready}
 * hook run once after every app is loaded. Extends the command layer's {@link AppSpec} (label, models, migrations).
 *
 * <pre>{@code
 * public final class ShopApp implements App {
 *     public String label() { return "shop"; }
 *     public List<ModelMeta<?>> models() { return List.of(BOOK, AUTHOR); }
 *     public List<Routes.Def> routes() { return List.of(Routes.path("books/", BookViews::list, "book-list")); }
 *     public String migrationsPackage() { return "com.example.shop.migrations"; }
 * }
 * }</pre>
 */
public interface App extends AppSpec {
    @Override
    default List<dev.jango.db.meta.ModelMeta<?>> models() {
        return List.of();
    }

    /** This app's routes; the project includes them under a prefix it chooses (by default {@code <label>/}). */
    default List<Routes.Def> routes() {
        return List.of();
    }

    /** The class-path folder of this app's templates: {@code templates/<label>/}. */
    default String templatesFolder() {
        return "templates/" + label() + "/";
    }

    /** Management commands this app adds (picocli command objects), built for {@code project}. */
    default List<Object> commands(Project project) {
        return List.of();
    }

    /** System checks this app adds to {@code manage check}. */
    default List<Check> checks() {
        return List.of();
    }

    /**
     * Runs once, after all apps are loaded, in installation order: the place to connect signals or validate
     * cross-app configuration. An exception here stops start-up, naming the app.
     */
    default void ready(AppRegistry registry) {
    }
}

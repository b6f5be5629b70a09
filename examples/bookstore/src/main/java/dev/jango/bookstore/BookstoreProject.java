package dev.jango.bookstore;

import dev.jango.bookstore.catalog.CatalogApp;
import dev.jango.web.apps.App;
import dev.jango.web.apps.AppRegistry;
import dev.jango.web.apps.ProjectDefinition;
import dev.jango.web.routing.Routes;
import dev.jango.web.settings.Settings;
import java.util.List;
import java.util.Map;

/**
 * The bookstore project: one app ({@code catalog}) mounted at the site root, SQLite {@code db.sqlite3} unless
 * {@code JANGO_DATABASE_URL} says otherwise, port from {@code PORT}.
 *
 * <pre>{@code
 * JANGO_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/bookstore ./manage runserver 8000
 * }</pre>
 */
public final class BookstoreProject implements ProjectDefinition {
    @Override
    public Settings settings(Map<String, String> env) {
        return Settings.load(env, settings -> settings.database("default", "sqlite:db.sqlite3"));
    }

    @Override
    public List<App> apps() {
        return List.of(new CatalogApp());
    }

    @Override
    public List<Routes.Def> routes(AppRegistry registry) {
        return registry.apps().stream().flatMap(app -> app.routes().stream()).toList();
    }
}

package dev.jango.web.apps;

import dev.jango.cli.AppSpec;
import dev.jango.cli.Project;
import dev.jango.db.meta.ModelMeta;
import dev.jango.web.routing.Routes;
import dev.jango.web.settings.ImproperlyConfigured;
import dev.jango.web.settings.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loaded apps of a project with its settings. {@link #load} checks labels and model ownership, then runs every
 * app's {@link App#ready} hook exactly once, in installation order; the registry is immutable afterwards.
 *
 * <pre>{@code
 * AppRegistry apps = AppRegistry.load(Settings.load(System.getenv()), List.of(new ShopApp(), new BlogApp()));
 * apps.app("shop").orElseThrow().models();
 * apps.modelOwner(BOOK);   // the shop app
 * }</pre>
 */
public final class AppRegistry {
    private final Settings settings;
    private final List<App> apps;
    private final Map<String, App> byLabel;
    private final Map<Class<?>, App> modelOwners;

    private AppRegistry(Settings settings, List<App> apps) {
        this.settings = settings;
        this.apps = List.copyOf(apps);
        Map<String, App> labels = new LinkedHashMap<>();
        Map<Class<?>, App> owners = new HashMap<>();
        for (App app : this.apps) {
            AppSpec.requireValidLabel(app.label());
            App previous = labels.putIfAbsent(app.label(), app);
            if (previous != null) {
                throw new ImproperlyConfigured("app label '" + app.label() + "' is used by both "
                        + previous.getClass().getName() + " and " + app.getClass().getName());
            }
            for (ModelMeta<?> model : app.models()) {
                App owner = owners.putIfAbsent(model.modelClass(), app);
                if (owner != null) {
                    throw new ImproperlyConfigured("model " + model.name() + " is declared by both app '"
                            + owner.label() + "' and app '" + app.label() + "'");
                }
            }
        }
        this.byLabel = Map.copyOf(labels);
        this.modelOwners = Map.copyOf(owners);
    }

    /**
     * Registers {@code apps} and runs their ready hooks.
     *
     * @throws ImproperlyConfigured on a duplicate label or a model declared by two apps
     * @throws AppReadyException    wrapping the first failing ready hook, naming its app
     */
    public static AppRegistry load(Settings settings, List<? extends App> apps) {
        AppRegistry registry = new AppRegistry(settings, new ArrayList<>(apps));
        for (App app : registry.apps) {
            try {
                app.ready(registry);
            } catch (RuntimeException e) {
                throw new AppReadyException(app.label(), e);
            }
        }
        return registry;
    }

    public Settings settings() {
        return settings;
    }

    public List<App> apps() {
        return apps;
    }

    public Optional<App> app(String label) {
        return Optional.ofNullable(byLabel.get(label));
    }

    /** The app that declares {@code model}. */
    public Optional<App> modelOwner(ModelMeta<?> model) {
        return Optional.ofNullable(modelOwners.get(model.modelClass()));
    }

    /** Every model of every app, app by app. */
    public List<ModelMeta<?>> models() {
        return apps.stream().<ModelMeta<?>>flatMap(a -> a.models().stream()).toList();
    }

    /**
     * Every app's routes, each included under {@code <label>/} with namespace {@code <label>} (so
     * {@code url('shop:detail', 7)} reverses to {@code /shop/...}); apps without routes are left out.
     */
    public List<Routes.Def> routes() {
        List<Routes.Def> defs = new ArrayList<>();
        for (App app : apps) {
            List<Routes.Def> own = app.routes();
            if (!own.isEmpty()) {
                defs.add(Routes.include(app.label() + "/", app.label(), own));
            }
        }
        return List.copyOf(defs);
    }

    /** The command layer's view of this project, carrying this registry as an extension. */
    public Project toProject(Path baseDir) {
        return new Project(baseDir, settings.databases(), List.copyOf(apps), List.of(this, settings));
    }

    @Override
    public String toString() {
        return "AppRegistry" + byLabel.keySet();
    }
}

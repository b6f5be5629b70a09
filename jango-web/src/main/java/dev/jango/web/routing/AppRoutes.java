package dev.jango.web.routing;

import dev.jango.web.apps.Routes;
import dev.jango.web.views.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Collects the routes an app declares through the app registry's {@link Routes} interface into router
 * definitions. A view that is not a {@link View} fails here, naming the route.
 *
 * <pre>{@code
 * AppRoutes collected = new AppRoutes();
 * bookApp.routes(collected);
 * Router router = Router.of(Routes.include("books/", "books", collected.defs()));   // routing.Routes
 * }</pre>
 */
public final class AppRoutes implements Routes {
    private final List<dev.jango.web.routing.Routes.Def> defs = new ArrayList<>();

    @Override
    public Routes path(String pattern, String name, Object view) {
        if (!(view instanceof View v)) {
            throw new InvalidRoute("route '" + name + "' (" + pattern + ") has a "
                    + (view == null ? "null view" : view.getClass().getName()) + ", not a dev.jango.web.views.View");
        }
        defs.add(name == null || name.isEmpty() ? dev.jango.web.routing.Routes.path(pattern, v)
                : dev.jango.web.routing.Routes.path(pattern, v, name));
        return this;
    }

    @Override
    public Routes include(String prefix, String namespace, Consumer<Routes> nested) {
        AppRoutes inner = new AppRoutes();
        nested.accept(inner);
        defs.add(new dev.jango.web.routing.Routes.Include(prefix, Optional.ofNullable(namespace).filter(n -> !n.isEmpty()),
                inner.defs()));
        return this;
    }

    /** The definitions collected so far. */
    public List<dev.jango.web.routing.Routes.Def> defs() {
        return List.copyOf(defs);
    }
}

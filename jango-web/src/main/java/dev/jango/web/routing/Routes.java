package dev.jango.web.routing;

import dev.jango.web.views.View;
import java.util.List;
import java.util.Optional;

/**
 * Route definitions, before compilation: paths and includes, nested like Django's {@code urlpatterns}.
 *
 * <pre>{@code
 * List<Routes.Def> api = List.of(Routes.path("books/<int:id>/", ApiViews::book, "book-detail"));
 * Router router = Router.of(
 *         Routes.path("", Home::index, "home"),
 *         Routes.include("api/v1/", "api", api));
 * }</pre>
 */
public final class Routes {
    private Routes() {}

    /** A route definition: a path or an include. */
    public sealed interface Def {}

    /** A pattern, its view and an optional name. */
    public record Path(String pattern, View view, Optional<String> name) implements Def {}

    /** Child definitions under a pattern prefix and an optional namespace. */
    public record Include(String prefix, Optional<String> namespace, List<Def> children) implements Def {
        public Include {
            children = List.copyOf(children);
        }
    }

    /** An unnamed route. */
    public static Def path(String pattern, View view) {
        return new Path(pattern, view, Optional.empty());
    }

    /** A named route (reversible by {@code name}). */
    public static Def path(String pattern, View view, String name) {
        if (name.isEmpty() || name.contains(":")) {
            throw new InvalidRoute("route name '" + name + "' for pattern '" + pattern + "' must be non-empty and without ':'");
        }
        return new Path(pattern, view, Optional.of(name));
    }

    /** Children under {@code prefix}, their names qualified as {@code namespace:name}. */
    public static Def include(String prefix, String namespace, List<Def> children) {
        if (namespace.isEmpty() || namespace.contains(":")) {
            throw new InvalidRoute("namespace '" + namespace + "' for prefix '" + prefix + "' must be non-empty and without ':'");
        }
        return new Include(prefix, Optional.of(namespace), children);
    }

    /** Children under {@code prefix}, names unchanged. */
    public static Def include(String prefix, List<Def> children) {
        return new Include(prefix, Optional.empty(), children);
    }
}

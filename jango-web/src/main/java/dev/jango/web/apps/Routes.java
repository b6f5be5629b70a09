package dev.jango.web.apps;

import java.util.function.Consumer;

/**
 * A builder-style way to declare routes (pattern, name, view), collected into router definitions by
 * {@code dev.jango.web.routing.AppRoutes}. {@link App#routes()} returns the router's {@code Routes.Def} values
 * directly and is the preferred form; this interface remains for code written against the callback style.
 * The view must be a {@code dev.jango.web.views.View}; anything else is rejected naming the route.
 *
 * <pre>{@code
 * public void routes(Routes r) {
 *     r.path("", "index", BookViews::index)
 *      .path("<int:id>/", "detail", BookViews::detail)
 *      .include("api/", "api", api -> api.path("books/", "books", BookApi::list));
 * }
 * }</pre>
 */
public interface Routes {
    /** Adds {@code pattern} (relative to the current prefix) under {@code name}, served by {@code view}. */
    Routes path(String pattern, String name, Object view);

    /** Declares routes under {@code prefix}; their names are {@code namespace:name}. */
    Routes include(String prefix, String namespace, Consumer<Routes> nested);
}

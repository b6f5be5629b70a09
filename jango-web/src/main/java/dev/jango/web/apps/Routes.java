package dev.jango.web.apps;

import java.util.function.Consumer;

/**
 * What an app sees of the router while it declares its routes: a pattern, a name and a view. The router in
 * {@code dev.jango.web.routing} implements it (or adapts to it), so apps do not depend on the router's builder.
 * The view is the router's handler type; a router rejects other objects with an error naming the route.
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

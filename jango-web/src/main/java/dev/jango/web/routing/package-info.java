/**
 * URL routing: patterns with typed converters compiled into a segment trie, so resolving a path costs the same with
 * ten routes or ten thousand; named routes reverse back to paths.
 *
 * <pre>{@code
 * Router router = Router.of(
 *         Routes.path("books/", BookViews::list, "book-list"),
 *         Routes.path("books/<int:id>/", BookViews::detail, "book-detail"),
 *         Routes.include("api/", "api", ApiRoutes.all()));
 * router.resolve("/books/7/");                 // RouteMatch[book-detail, {id=7}]
 * router.reverse("api:book-detail", 7);        // "/api/books/7/"
 * }</pre>
 */
package dev.jango.web.routing;

/**
 * Views: function views ({@link dev.jango.web.views.View}), class-based views dispatched by HTTP method
 * ({@link dev.jango.web.views.MethodView#asView}), access mixins ({@link dev.jango.web.views.LoginRequired},
 * {@link dev.jango.web.views.PermissionRequired}, {@link dev.jango.web.views.UserPassesTest}) and generic views (template, redirect, list, detail, and the
 * ModelForm-based create, update and delete views).
 *
 * <pre>{@code
 * final class BookEdit extends MethodView implements LoginRequired, PermissionRequired {
 *     public Set<String> permissionRequired() { return Set.of("books.change_book"); }
 *     public HttpResponse get(HttpRequest r) { ... }
 *     public HttpResponse post(HttpRequest r) { ... }
 * }
 * Routes.path("books/<int:id>/edit/", MethodView.asView(BookEdit::new), "book-edit");
 * }</pre>
 */
package dev.jango.web.views;

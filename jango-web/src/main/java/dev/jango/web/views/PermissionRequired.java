package dev.jango.web.views;

import java.util.Set;

/**
 * Mixin for {@link MethodView}s: the user must hold every permission in {@link #permissionRequired()}. Anonymous
 * users are sent to log in (as with {@link LoginRequired}); logged-in users without the permission get 403.
 *
 * <pre>{@code
 * final class BookDelete extends MethodView implements PermissionRequired {
 *     public Set<String> permissionRequired() { return Set.of("books.delete_book"); }
 *     public HttpResponse post(HttpRequest r) { ... }
 * }
 * }</pre>
 */
public interface PermissionRequired extends LoginRequired {
    /** The permissions needed, all of them ({@code "app.codename"}). */
    Set<String> permissionRequired();
}

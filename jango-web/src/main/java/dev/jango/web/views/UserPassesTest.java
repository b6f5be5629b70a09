package dev.jango.web.views;

import dev.jango.web.http.HttpRequest;

/**
 * Mixin for {@link MethodView}s: the request must pass {@link #testFunc}; otherwise 403 (anonymous users are sent to
 * log in first).
 *
 * <pre>{@code
 * final class StaffOnly extends MethodView implements UserPassesTest {
 *     public boolean testFunc(HttpRequest r) { return r.user().hasPermission("admin.staff"); }
 * }
 * }</pre>
 */
public interface UserPassesTest extends LoginRequired {
    /** Whether the request may proceed. */
    boolean testFunc(HttpRequest request);
}

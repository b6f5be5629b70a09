package dev.jango.web.views;

import dev.jango.web.http.MethodNotAllowed;
import dev.jango.web.http.PermissionDenied;
import dev.jango.web.http.Redirect;
import dev.jango.web.http.UrlEncoded;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The access checks as decorators for function views; the class-based mixins use the same code.
 *
 * <pre>{@code
 * View edit = Decorators.permissionRequired(BookViews::edit, Set.of("books.change_book"));
 * View hook = Decorators.requireMethods(Payments::hook, "POST");
 * }</pre>
 */
public final class Decorators {
    private Decorators() {}

    /** Anonymous users are redirected to {@code /accounts/login/?next=…}. */
    public static View loginRequired(View view) {
        return loginRequired(view, "/accounts/login/", "next", false);
    }

    /** Anonymous users are redirected to {@code loginUrl} (or get 403 when {@code raise}). */
    public static View loginRequired(View view, String loginUrl, String nextField, boolean raise) {
        return request -> {
            if (request.user().isAuthenticated()) {
                return view.handle(request);
            }
            if (raise) {
                throw new PermissionDenied("login required");
            }
            String sep = loginUrl.contains("?") ? "&" : "?";
            return Redirect.to(loginUrl + sep + nextField + "=" + UrlEncoded.encode(request.fullPath()));
        };
    }

    /** The user must hold every one of {@code permissions}. */
    public static View permissionRequired(View view, Set<String> permissions) {
        return userPassesTest(view, request -> permissions.stream().allMatch(request.user()::hasPermission),
                "permission required: " + String.join(", ", new java.util.TreeSet<>(permissions)));
    }

    /** The request must pass {@code test}; 403 with {@code reason} otherwise. */
    public static View userPassesTest(View view, Predicate<dev.jango.web.http.HttpRequest> test, String reason) {
        return request -> {
            if (!test.test(request)) {
                throw new PermissionDenied(reason);
            }
            return view.handle(request);
        };
    }

    /** Only {@code methods} are accepted; others get 405 with Allow. */
    public static View requireMethods(View view, String... methods) {
        Set<String> allowed = Set.of(methods);
        return request -> {
            if (!allowed.contains(request.method())) {
                throw new MethodNotAllowed(request.method(), allowed);
            }
            return view.handle(request);
        };
    }
}

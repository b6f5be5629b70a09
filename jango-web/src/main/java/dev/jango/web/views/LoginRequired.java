package dev.jango.web.views;

/**
 * Mixin for {@link MethodView}s: anonymous users are redirected to the login page with {@code ?next=} (or get 403
 * when {@link #raiseException()}). Its settings are read once, when {@code asView} builds the view.
 *
 * <pre>{@code
 * final class Dashboard extends MethodView implements LoginRequired {
 *     public String loginUrl() { return "/signin/"; }
 *     public HttpResponse get(HttpRequest r) { ... }
 * }
 * }</pre>
 */
public interface LoginRequired {
    /** Where anonymous users are sent. */
    default String loginUrl() {
        return "/accounts/login/";
    }

    /** The query parameter carrying the original path. */
    default String redirectFieldName() {
        return "next";
    }

    /** 403 instead of a redirect (APIs). */
    default boolean raiseException() {
        return false;
    }
}

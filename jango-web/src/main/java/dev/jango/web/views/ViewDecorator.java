package dev.jango.web.views;

/**
 * Wraps a view in behaviour (access checks, caching, headers): Django's view decorators as a function from view to
 * view. Class-based views list theirs in {@link MethodView#decorators()}.
 *
 * <pre>{@code
 * ViewDecorator noStore = view -> request -> view.handle(request).withHeader("Cache-Control", "no-store");
 * View v = noStore.apply(Decorators.loginRequired(Account::page));
 * }</pre>
 */
@FunctionalInterface
public interface ViewDecorator {
    /** The wrapped view. */
    View apply(View view);
}

package dev.jango.web.middleware;

import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.http.User;
import java.util.Optional;
import java.util.function.Function;

/**
 * The hook authentication fills: resolves {@code request.user()} once per request (typically from the session)
 * before the view runs. Until an auth app provides a resolver, every request is anonymous.
 *
 * <pre>{@code
 * new UserMiddleware(request -> request.sessionIfPresent()
 *         .flatMap(s -> s.get("user_id", Long.class))
 *         .flatMap(users::byId))
 * }</pre>
 */
public final class UserMiddleware implements Middleware {
    private final Function<HttpRequest, Optional<? extends User>> resolver;

    /** With a resolver; empty means anonymous. */
    public UserMiddleware(Function<HttpRequest, Optional<? extends User>> resolver) {
        this.resolver = resolver;
    }

    @Override
    public HttpResponse handle(HttpRequest request, Chain chain) throws Exception {
        User user = resolver.apply(request).map(u -> (User) u).orElse(User.ANONYMOUS);
        return chain.proceed(request.withUser(user));
    }
}

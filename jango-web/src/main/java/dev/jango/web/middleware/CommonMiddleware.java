package dev.jango.web.middleware;

import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.http.Redirect;
import dev.jango.web.routing.RouteMatch;
import java.util.function.Predicate;

/**
 * Django's APPEND_SLASH: a GET or HEAD for {@code /books} that matches no route, while {@code /books/} does, is
 * answered with a permanent redirect to {@code /books/} (query string kept). Other methods are left alone: a
 * redirect would lose a POST body.
 *
 * <pre>{@code
 * new CommonMiddleware(router::matches)
 * }</pre>
 */
public final class CommonMiddleware implements Middleware {
    private final Predicate<String> routeExists;

    /** With a test for "some route matches this path". */
    public CommonMiddleware(Predicate<String> routeExists) {
        this.routeExists = routeExists;
    }

    @Override
    public HttpResponse handle(HttpRequest request, Chain chain) throws Exception {
        String path = request.path();
        boolean safe = request.method().equals("GET") || request.method().equals("HEAD");
        if (safe && !path.endsWith("/") && request.attribute(RouteMatch.KEY).isEmpty() && routeExists.test(path + "/")) {
            String target = path + "/" + (request.rawQuery().isEmpty() ? "" : "?" + request.rawQuery());
            // A path beginning "//" would redirect off-site (protocol-relative URL).
            return Redirect.permanent(target.startsWith("//") ? "/" + target.replaceFirst("^/+", "") : target);
        }
        return chain.proceed(request);
    }
}

package dev.jango.web.routing;

import java.util.Map;

/**
 * The result of {@link Router#resolve}: the route and its converted arguments.
 *
 * <pre>{@code
 * RouteMatch m = router.resolve("/books/7/").orElseThrow();
 * m.args().get("id");   // 7 (an Integer)
 * }</pre>
 *
 * @param route the matched route
 * @param args converted path arguments by parameter name
 */
public record RouteMatch(Route route, Map<String, Object> args) {
    /** The request attribute under which the dispatcher stores the match (for middleware that looks at the view). */
    public static final dev.jango.web.http.HttpRequest.Key<RouteMatch> KEY =
            new dev.jango.web.http.HttpRequest.Key<>("jango.route", RouteMatch.class);
}

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
public record RouteMatch(Route route, Map<String, Object> args) {}

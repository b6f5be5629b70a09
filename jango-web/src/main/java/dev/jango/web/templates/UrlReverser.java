package dev.jango.web.templates;

import dev.jango.web.routing.Router;
import java.util.List;

/**
 * Turns a route name and arguments into a path: what the {@code url()} template function calls. The router
 * supplies it ({@code router::reverse} or an adapter); templates do not depend on the router.
 *
 * <pre>{@code
 * UrlReverser r = UrlReverser.of(router);
 * // {{ url('shop:detail', book.id) }}  →  /shop/books/42/
 * }</pre>
 */
@FunctionalInterface
public interface UrlReverser {
    /**
     * The path of route {@code name} with {@code args}.
     *
     * @throws RuntimeException (the router's) naming the route and the expected arguments when they do not fit
     */
    String reverse(String name, List<Object> args);

    /** Reverses through {@code router}; its {@code NoReverseMatch} names the route and expected arguments. */
    static UrlReverser of(Router router) {
        return (name, args) -> router.reverse(name, args.toArray());
    }

    /** A reverser for projects without routes: every call fails, naming the route. */
    static UrlReverser none() {
        return (name, args) -> {
            throw new IllegalStateException("no router is configured, so url('" + name + "') cannot be reversed");
        };
    }
}

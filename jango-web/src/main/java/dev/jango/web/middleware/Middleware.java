package dev.jango.web.middleware;

import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.views.View;
import java.util.List;

/**
 * One layer of the request pipeline. Call {@code chain.proceed(request)} to run the rest (possibly with a changed
 * request) and return its response, possibly changed; or return a response without calling it (short-circuit).
 * Exceptions propagate outwards; the dispatcher turns them into error pages.
 *
 * <pre>{@code
 * Middleware maintenance = (request, chain) -> down ? HttpResponse.text(503, "back soon") : chain.proceed(request);
 * }</pre>
 */
@FunctionalInterface
public interface Middleware {

    /** The rest of the pipeline, from this layer's point of view. */
    @FunctionalInterface
    interface Chain {
        /** Runs the remaining middleware and the view. */
        HttpResponse proceed(HttpRequest request) throws Exception;
    }

    /** Handles {@code request}, usually by calling {@code chain}. */
    HttpResponse handle(HttpRequest request, Chain chain) throws Exception;

    /** A name for dumps of the middleware stack. */
    default String describe() {
        String n = getClass().getSimpleName();
        return n.isEmpty() || n.contains("$$Lambda") || n.contains("Lambda") ? "(lambda middleware)" : n;
    }

    /** Composes {@code layers} (first = outermost) around {@code terminal} into one view. */
    static View compose(List<? extends Middleware> layers, View terminal) {
        View next = terminal;
        for (int i = layers.size() - 1; i >= 0; i--) {
            Middleware m = layers.get(i);
            View inner = next;
            next = request -> m.handle(request, inner::handle);
        }
        return next;
    }
}

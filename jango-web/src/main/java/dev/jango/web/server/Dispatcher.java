package dev.jango.web.server;

import dev.jango.db.Db;
import dev.jango.web.http.Http404;
import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.http.SqlLog;
import dev.jango.web.http.SqlRecorder;
import dev.jango.web.middleware.Middleware;
import dev.jango.web.routing.RouteMatch;
import dev.jango.web.routing.Router;
import dev.jango.web.views.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The application as one function, request → response, that never throws: resolve the route, run the middleware
 * chain around the view, turn exceptions into error pages, record the request's SQL. The server calls it per
 * request on a virtual thread; the test client calls it directly, in memory.
 *
 * <pre>
 *  dispatch(request)
 *   ├─ SQL recording scope (SqlLog attribute)
 *   ├─ Db.pinToPrimary scope (read-your-writes with a primary/replica router; a streamed body runs after it)
 *   ├─ router.resolve(path) → RouteMatch attribute + path arguments
 *   └─ middleware[0] → … → middleware[n] → view   (or Http404 when no route matched)
 *        exceptions → ErrorPages, at the view and again at the top
 * </pre>
 *
 * <pre>{@code
 * Dispatcher app = Dispatcher.builder()
 *         .router(router)
 *         .middleware(List.of(new SecurityHeadersMiddleware(Config.development()), new CommonMiddleware(router::matches)))
 *         .debug(true)
 *         .build();
 * HttpResponse r = app.dispatch(HttpRequest.builder("GET", "/books/").build());
 * }</pre>
 */
public final class Dispatcher {
    private final Router router;
    private final List<Middleware> middleware;
    private final ErrorPages errors;
    private final SqlRecorder recorder;
    private final View pipeline;

    private Dispatcher(Router router, List<Middleware> middleware, ErrorPages errors, SqlRecorder recorder) {
        this.router = router;
        this.middleware = middleware;
        this.errors = errors;
        this.recorder = recorder;
        this.pipeline = Middleware.compose(middleware, this::callView);
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The router. */
    public Router router() {
        return router;
    }

    /** Whether error pages are in debug mode. */
    public boolean debug() {
        return errors.debug();
    }

    /** Handles {@code request}; exceptions become error responses. */
    public HttpResponse dispatch(HttpRequest request) {
        SqlLog log = recorder.newLog();
        HttpRequest withLog = request.withAttribute(SqlLog.KEY, log);
        try {
            // Every request is one read-your-writes scope: after its first write its reads go to the primary.
            return recorder.scope(log, () -> Db.pinToPrimary(() -> {
                HttpRequest routed = withLog;
                Optional<RouteMatch> match = router.resolve(withLog.path());
                if (match.isPresent()) {
                    routed = withLog.withPathParams(match.get().args()).withAttribute(RouteMatch.KEY, match.get());
                }
                try {
                    return pipeline.handle(routed);
                } catch (Throwable t) {
                    rethrowFatal(t);
                    return errors.render(routed, t);
                }
            }));
        } catch (Throwable t) {
            rethrowFatal(t);
            return errors.render(withLog, t);
        }
    }

    private HttpResponse callView(HttpRequest request) {
        RouteMatch match = request.attribute(RouteMatch.KEY).orElse(null);
        try {
            if (match == null) {
                throw new Http404("no route matches " + request.path());
            }
            return Objects.requireNonNull(match.route().view().handle(request),
                    () -> "view for " + match.route() + " returned null instead of a response");
        } catch (Throwable t) {
            rethrowFatal(t);
            // Converted here, inside the chain, so middleware (stats line, security headers) sees error responses too.
            return errors.render(request, t);
        }
    }

    private static void rethrowFatal(Throwable t) {
        if (t instanceof VirtualMachineError vme) {
            throw vme;
        }
    }

    /** The middleware stack as an indented tree, outermost first, ending in the router. */
    public String dump() {
        StringBuilder sb = new StringBuilder("Dispatcher\n");
        String indent = "";
        for (Middleware m : middleware) {
            sb.append(indent).append("└─ ").append(m.describe()).append('\n');
            indent += "   ";
        }
        sb.append(indent).append("└─ ").append(router).append('\n');
        return sb.toString();
    }

    /** Collects router, middleware and options. */
    public static final class Builder {
        private Router router = Router.of();
        private final List<Middleware> middleware = new ArrayList<>();
        private boolean debug;
        private SqlRecorder recorder = SqlRecorder.queries();

        private Builder() {}

        /** The routes. */
        public Builder router(Router r) {
            this.router = r;
            return this;
        }

        /** Appends middleware (the first is outermost). */
        public Builder middleware(List<? extends Middleware> m) {
            middleware.addAll(m);
            return this;
        }

        /** Appends middleware. */
        public Builder middleware(Middleware... m) {
            return middleware(List.of(m));
        }

        /** Debug error pages (dev profile). */
        public Builder debug(boolean on) {
            this.debug = on;
            return this;
        }

        /** How SQL is recorded per request. */
        public Builder sqlRecorder(SqlRecorder r) {
            this.recorder = r;
            return this;
        }

        /** The dispatcher. */
        public Dispatcher build() {
            return new Dispatcher(router, List.copyOf(middleware), new ErrorPages(debug, router), recorder);
        }
    }
}

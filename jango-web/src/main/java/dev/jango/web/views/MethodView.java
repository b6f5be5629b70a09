package dev.jango.web.views;

import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.http.MethodNotAllowed;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * A class-based view: override the methods for the HTTP methods you accept; the others answer 405 with an
 * {@code Allow} header. {@link #asView} makes a {@link View} that builds a fresh instance per request (so fields are
 * per-request state) and applies the access mixins the class implements, in a fixed order, then
 * {@link #decorators()}:
 *
 * <pre>
 *  LoginRequired ─▶ PermissionRequired ─▶ UserPassesTest ─▶ decorators()[0] ─▶ … ─▶ get/post/…
 * </pre>
 *
 * <pre>{@code
 * final class BookList extends MethodView implements LoginRequired {
 *     public HttpResponse get(HttpRequest r) { return HttpResponse.text("books"); }
 * }
 * View v = MethodView.asView(BookList::new);
 * }</pre>
 */
public abstract class MethodView {
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    /** GET (and HEAD). */
    public HttpResponse get(HttpRequest request) throws Exception {
        throw notAllowed(request);
    }

    /** POST. */
    public HttpResponse post(HttpRequest request) throws Exception {
        throw notAllowed(request);
    }

    /** PUT. */
    public HttpResponse put(HttpRequest request) throws Exception {
        throw notAllowed(request);
    }

    /** PATCH. */
    public HttpResponse patch(HttpRequest request) throws Exception {
        throw notAllowed(request);
    }

    /** DELETE. */
    public HttpResponse delete(HttpRequest request) throws Exception {
        throw notAllowed(request);
    }

    /** Extra decorators, applied inside the access mixins (first = outermost). */
    protected List<ViewDecorator> decorators() {
        return List.of();
    }

    private MethodNotAllowed notAllowed(HttpRequest request) {
        return new MethodNotAllowed(request.method(), allowedMethods(getClass()));
    }

    /** A view creating one instance per request with {@code factory}. */
    public static View asView(Supplier<? extends MethodView> factory) {
        MethodView probe = factory.get();
        Set<String> allowed = allowedMethods(probe.getClass());
        View view = request -> dispatch(factory.get(), request, allowed);
        List<ViewDecorator> extra = probe.decorators();
        for (int i = extra.size() - 1; i >= 0; i--) {
            view = extra.get(i).apply(view);
        }
        if (probe instanceof UserPassesTest t) {
            view = Decorators.userPassesTest(view, t::testFunc, "access denied by " + probe.getClass().getSimpleName());
        }
        if (probe instanceof PermissionRequired p) {
            view = Decorators.permissionRequired(view, Set.copyOf(p.permissionRequired()));
        }
        if (probe instanceof LoginRequired l) {
            view = Decorators.loginRequired(view, l.loginUrl(), l.redirectFieldName(), l.raiseException());
        }
        return view;
    }

    private static HttpResponse dispatch(MethodView v, HttpRequest request, Set<String> allowed) throws Exception {
        return switch (request.method()) {
            case "GET", "HEAD" -> v.get(request);
            case "POST" -> v.post(request);
            case "PUT" -> v.put(request);
            case "PATCH" -> v.patch(request);
            case "DELETE" -> v.delete(request);
            case "OPTIONS" -> HttpResponse.status(200).withHeader("Allow", String.join(", ", new TreeSet<>(allowed)));
            default -> throw new MethodNotAllowed(request.method(), allowed);
        };
    }

    // Reflection once per view class at asView time (route registration), never per request.
    static Set<String> allowedMethods(Class<?> type) {
        Set<String> allowed = new LinkedHashSet<>();
        for (String m : METHODS) {
            try {
                if (type.getMethod(m.toLowerCase(java.util.Locale.ROOT), HttpRequest.class).getDeclaringClass() != MethodView.class) {
                    allowed.add(m);
                }
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("MethodView lost its " + m + " method", e);
            }
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        allowed.add("OPTIONS");
        return allowed;
    }
}

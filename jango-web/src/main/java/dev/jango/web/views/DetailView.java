package dev.jango.web.views;

import dev.jango.web.http.Http404;
import dev.jango.web.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Renders one object looked up from the path arguments; a missing object is a 404 naming what was looked for.
 * The context holds {@code object}.
 *
 * <pre>{@code
 * final class BookDetail extends DetailView<Book> {
 *     BookDetail(TemplateRenderer r) { super(r); }
 *     protected String templateName() { return "books/book_detail.html"; }
 *     protected Optional<Book> object(HttpRequest r) {
 *         return Book.objects.filter(BOOK.id.eq(r.pathParam("id", Long.class))).first();
 *     }
 * }
 * }</pre>
 */
public abstract class DetailView<T> extends TemplateView {

    protected DetailView(TemplateRenderer renderer) {
        super(renderer);
    }

    /** The object for this request, if it exists. */
    protected abstract Optional<T> object(HttpRequest request) throws Exception;

    @Override
    protected Map<String, Object> contextData(HttpRequest request) throws Exception {
        T obj = object(request).orElseThrow(() -> new Http404("no " + getClass().getSimpleName().replace("Detail", "")
                .toLowerCase(java.util.Locale.ROOT) + " matches " + request.pathParams()));
        Map<String, Object> ctx = new HashMap<>(super.contextData(request));
        ctx.put("object", obj);
        return ctx;
    }
}

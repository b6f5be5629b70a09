package dev.jango.web.views;

import dev.jango.db.Db;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Manager;
import dev.jango.web.http.Http404;
import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.http.Redirect;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Deletes one object looked up from the path: GET renders a confirmation page (context {@code object}), POST
 * deletes it inside {@code atomic} and redirects to {@link #successUrl}; a missing object is a 404 on both.
 *
 * <pre>{@code
 * final class BookDelete extends DeleteView<Book> {
 *     BookDelete(TemplateRenderer r) { super(r); }
 *     protected String templateName() { return "books/book_confirm_delete.html"; }
 *     protected Manager<Book> manager() { return Book.objects; }
 *     protected Optional<Book> object(HttpRequest r) { return Book.objects.filter("id", r.pathParam("id", Long.class)).first(); }
 *     protected String successUrl(HttpRequest r, Book deleted) { return ROUTER.reverse("book-list"); }
 * }
 * }</pre>
 *
 * @param <M> the model
 */
public abstract class DeleteView<M extends Entity> extends TemplateView {

    protected DeleteView(TemplateRenderer renderer) {
        super(renderer);
    }

    /** The manager that deletes the object. */
    protected abstract Manager<M> manager();

    /** The object to delete, if it exists. */
    protected abstract Optional<M> object(HttpRequest request) throws Exception;

    /** Where to go after the delete; {@code deleted} still holds its loaded values. */
    protected abstract String successUrl(HttpRequest request, M deleted);

    private M found(HttpRequest request) throws Exception {
        return object(request).orElseThrow(() -> new Http404("nothing to delete matches " + request.pathParams()
                + " (" + getClass().getSimpleName() + ")"));
    }

    @Override
    protected Map<String, Object> contextData(HttpRequest request) throws Exception {
        Map<String, Object> ctx = new HashMap<>(super.contextData(request));
        ctx.put("object", found(request));
        return ctx;
    }

    @Override
    public HttpResponse post(HttpRequest request) throws Exception {
        M obj = found(request);
        Db.database().atomic(() -> manager().delete(obj));
        return Redirect.to(successUrl(request, obj));
    }
}

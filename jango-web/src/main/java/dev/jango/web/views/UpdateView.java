package dev.jango.web.views;

import dev.jango.db.model.Entity;
import dev.jango.web.forms.BoundForm;
import dev.jango.web.http.Http404;
import dev.jango.web.http.HttpRequest;
import java.util.Optional;

/**
 * Edits one object looked up from the path with a {@link dev.jango.web.forms.ModelForm}: GET shows its current
 * values, POST validates (the object's own row never clashes with its unique fields) and saves inside
 * {@code atomic}, then redirects; a missing object is a 404 on both. The context holds {@code form} and
 * {@code object}.
 *
 * <pre>{@code
 * final class BookUpdate extends UpdateView<Book> {
 *     BookUpdate(TemplateRenderer r) { super(r); }
 *     protected String templateName() { return "books/book_form.html"; }
 *     protected ModelForm<Book> modelForm() { return BOOK_FORM; }
 *     protected Optional<Book> object(HttpRequest r) { return Book.objects.filter("id", r.pathParam("id", Long.class)).first(); }
 *     protected String successUrl(HttpRequest r, Book saved) { return "/books/" + saved.id + "/"; }
 * }
 * }</pre>
 *
 * @param <M> the model
 */
public abstract class UpdateView<M extends Entity> extends ModelFormView<M> {

    protected UpdateView(TemplateRenderer renderer) {
        super(renderer);
    }

    /** The object to edit, if it exists. */
    protected abstract Optional<M> object(HttpRequest request) throws Exception;

    @Override
    protected M instanceFor(HttpRequest request) throws Exception {
        return object(request).orElseThrow(() -> new Http404("no " + modelForm().model().name() + " matches "
                + request.pathParams()));
    }

    @Override
    protected BoundForm initialForm(M instance) {
        return modelForm().unbound(instance);
    }

    @Override
    protected boolean isNew(M instance) {
        return false;
    }
}

package dev.jango.web.views;

import dev.jango.db.model.Entity;
import dev.jango.web.forms.BoundForm;
import dev.jango.web.http.HttpRequest;

/**
 * Creates one object with a {@link dev.jango.web.forms.ModelForm}: GET shows the empty form (the model's defaults),
 * POST validates and saves inside {@code atomic}, then redirects to {@link #successUrl}; errors re-render with
 * status 200.
 *
 * <pre>{@code
 * final class BookCreate extends CreateView<Book> {
 *     BookCreate(TemplateRenderer r) { super(r); }
 *     protected String templateName() { return "books/book_form.html"; }
 *     protected ModelForm<Book> modelForm() { return BOOK_FORM; }
 *     protected String successUrl(HttpRequest r, Book saved) { return ROUTER.reverse("book-detail", saved.id); }
 * }
 * Routes.path("books/new/", MethodView.asView(() -> new BookCreate(renderer)), "book-create")
 * }</pre>
 *
 * @param <M> the model
 */
public abstract class CreateView<M extends Entity> extends ModelFormView<M> {

    protected CreateView(TemplateRenderer renderer) {
        super(renderer);
    }

    @Override
    protected M instanceFor(HttpRequest request) {
        return modelForm().model().newInstance();
    }

    @Override
    protected BoundForm initialForm(M instance) {
        return modelForm().unbound();
    }

    @Override
    protected boolean isNew(M instance) {
        return true;
    }
}

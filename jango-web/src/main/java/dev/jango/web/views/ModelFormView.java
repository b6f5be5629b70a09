package dev.jango.web.views;

import dev.jango.db.Db;
import dev.jango.db.model.Entity;
import dev.jango.web.forms.BoundForm;
import dev.jango.web.forms.BoundModelForm;
import dev.jango.web.forms.ModelForm;
import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.http.Redirect;
import java.util.HashMap;
import java.util.Map;

/**
 * The shared flow of {@link CreateView} and {@link UpdateView}: GET renders the form; POST binds the submission,
 * validates it (the model's unique constraints included) and saves inside one {@code atomic} block, then redirects to
 * {@link #successUrl}; an invalid POST renders the form again with its errors, status 200 as in Django. The context
 * holds {@code form} (a {@link BoundForm}) and, when editing, {@code object}.
 *
 * <pre>{@code
 * protected String successUrl(HttpRequest r, Book saved) { return router.reverse("book-detail", saved.id); }
 * }</pre>
 *
 * @param <M> the model
 */
public abstract class ModelFormView<M extends Entity> extends TemplateView {

    protected ModelFormView(TemplateRenderer renderer) {
        super(renderer);
    }

    /** The model form to show and bind. */
    protected abstract ModelForm<M> modelForm();

    /** Where to go after a successful save: a reversed route name or a URL built from {@code saved}. */
    protected abstract String successUrl(HttpRequest request, M saved);

    /** The instance a submission edits: a new one for create, the looked-up one (or a 404) for update. */
    protected abstract M instanceFor(HttpRequest request) throws Exception;

    /** The unbound form shown on GET. */
    protected abstract BoundForm initialForm(M instance);

    @Override
    public HttpResponse get(HttpRequest request) throws Exception {
        M instance = instanceFor(request);
        return render(request, templateName(), context(request, initialForm(instance), instance));
    }

    @Override
    public HttpResponse post(HttpRequest request) throws Exception {
        M instance = instanceFor(request);
        // Validation runs in the same transaction as the save, so the unique checks and the write see one state.
        BoundModelForm<M> bound = Db.database().atomic(() -> {
            BoundModelForm<M> f = modelForm().bind(request.form(), instance);
            if (f.isValid()) {
                f.save();
            }
            return f;
        });
        if (!bound.isValid()) {
            return render(request, templateName(), context(request, bound.form(), instance));
        }
        return Redirect.to(successUrl(request, instance));
    }

    private Map<String, Object> context(HttpRequest request, BoundForm form, M instance) throws Exception {
        Map<String, Object> ctx = new HashMap<>(contextData(request));
        ctx.put("form", form);
        if (!isNew(instance)) {
            ctx.put("object", instance);
        }
        return ctx;
    }

    /** True when {@code instance} is not yet saved (create). */
    protected abstract boolean isNew(M instance);
}

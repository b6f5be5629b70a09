package dev.jango.web.forms;

import dev.jango.db.meta.Field;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Manager;

/**
 * A model form bound to one submission and one instance (new or being edited). {@link #instance()} copies the
 * cleaned values onto the instance; {@link #save()} also saves it with the model's {@link Manager}.
 *
 * <pre>{@code
 * BoundModelForm<Book> f = BOOK_FORM.bind(request.form(), book);
 * if (f.isValid()) { f.save(); return HttpResponse.redirect("/books/"); }
 * return render("shop/book_form.html", Map.of("form", f.form().asDiv()));
 * }</pre>
 *
 * @param <M> the model
 */
public final class BoundModelForm<M extends Entity> {
    private final ModelMeta<M> model;
    private final BoundForm form;
    private final M instance;

    BoundModelForm(ModelMeta<M> model, BoundForm form, M instance) {
        this.model = model;
        this.form = form;
        this.instance = instance;
    }

    /** The bound form (errors, rendering). */
    public BoundForm form() {
        return form;
    }

    public boolean isValid() {
        return form.isValid();
    }

    public Errors errors() {
        return form.errors();
    }

    /**
     * The instance with the cleaned values applied. An empty optional value of a non-nullable field leaves the
     * instance's value (its default) in place rather than writing null into a primitive.
     *
     * @throws IllegalStateException listing the errors when the form is invalid
     */
    public M instance() {
        CleanedData data = form.validData();
        for (FormField<?> f : form.form().fields()) {
            Field<M, ?> field = model.field(f.name()).orElseThrow();
            Object value = ModelFields.toModel(field, data.value(f.name()));
            if (value == null && !field.spec().nullable()) {
                continue;
            }
            set(field, value);
        }
        return instance;
    }

    /** Applies the cleaned values and saves with {@code Manager.of(model)} on the current database. */
    public M save() {
        return Manager.of(model.modelClass()).save(instance());
    }

    @SuppressWarnings("unchecked")
    private void set(Field<M, ?> field, Object value) {
        // The form field was derived from this model field, so the cleaned value has the field's Java type.
        ((Field<M, Object>) field).set(instance, value);
    }
}

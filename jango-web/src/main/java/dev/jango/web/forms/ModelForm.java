package dev.jango.web.forms;

import dev.jango.db.meta.Field;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.model.Entity;
import dev.jango.web.http.MultipartForm;
import dev.jango.web.http.Params;
import dev.jango.web.http.UploadedFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A form derived from a model's metamodel: one form field per editable model field (or those named with
 * {@link #fields}), with the model's rules — required unless {@code @Blank}, max length, decimal digits, choices,
 * defaults — plus the model's unique constraints, checked against the database when a submission is bound.
 * Immutable; declare once.
 *
 * <pre>{@code
 * static final ModelForm<Book> BOOK_FORM = ModelForm.of(BOOK).fields("title", "price", "published");
 *
 * BoundModelForm<Book> f = BOOK_FORM.bind(request.form());          // create
 * BoundModelForm<Book> g = BOOK_FORM.bind(request.form(), book);    // update: book's own row is not a clash
 * if (f.isValid()) f.save();                                         // Book.objects.save(instance)
 * }</pre>
 *
 * @param <M> the model
 */
public final class ModelForm<M extends Entity> {
    private final ModelMeta<M> model;
    private final Form form;
    private final UniqueLookup lookup;

    private ModelForm(ModelMeta<M> model, Form form, UniqueLookup lookup) {
        this.model = model;
        this.form = form;
        this.lookup = lookup;
    }

    /** A form over every editable field of {@code model}. */
    public static <M extends Entity> ModelForm<M> of(ModelMeta<M> model) {
        List<FormField<?>> fields = new ArrayList<>();
        for (Field<M, ?> f : model.fields()) {
            if (ModelFields.editable(f)) {
                fields.add(ModelFields.formField(f));
            }
        }
        return new ModelForm<>(model, Form.of(fields), UniqueLookup.queries());
    }

    /**
     * Only these model fields, in this order.
     *
     * @throws IllegalArgumentException naming the model and the unknown field
     */
    public ModelForm<M> fields(String... names) {
        List<FormField<?>> fields = new ArrayList<>();
        for (String name : names) {
            Field<M, ?> f = modelField(name);
            fields.add(form.field(name).orElseGet(() -> ModelFields.formField(f)));
        }
        Form narrowed = Form.of(fields);
        for (FormCleaner c : form.cleaners()) {
            narrowed = narrowed.cleaner(c);
        }
        return new ModelForm<>(model, narrowed, lookup);
    }

    /** Every editable field except these. */
    public ModelForm<M> exclude(String... names) {
        Form narrowed = form;
        for (String name : names) {
            modelField(name);
            narrowed = narrowed.without(name);
        }
        return new ModelForm<>(model, narrowed, lookup);
    }

    /** Replaces the derived form field of the same name (custom widget, label, validators). */
    public ModelForm<M> field(FormField<?> override) {
        modelField(override.name());
        return new ModelForm<>(model, form.with(override), lookup);
    }

    /** Adds a cross-field cleaner. */
    public ModelForm<M> cleaner(FormCleaner cleaner) {
        return new ModelForm<>(model, form.cleaner(cleaner), lookup);
    }

    /** Uses another way to check unique constraints (another database, a test double). */
    public ModelForm<M> uniqueLookup(UniqueLookup other) {
        return new ModelForm<>(model, form, other);
    }

    public ModelMeta<M> model() {
        return model;
    }

    /** The plain form behind this model form. */
    public Form form() {
        return form;
    }

    /** Binds a submission that creates a new instance. */
    public BoundModelForm<M> bind(Params data) {
        return bind(data, Map.of(), model.newInstance());
    }

    /** Binds a submission that edits {@code instance}. */
    public BoundModelForm<M> bind(Params data, M instance) {
        return bind(data, Map.of(), instance);
    }

    public BoundModelForm<M> bind(MultipartForm multipart, M instance) {
        return bind(multipart.fields(), multipart.fileParts(), instance);
    }

    public BoundModelForm<M> bind(Params data, Map<String, List<UploadedFile>> files, M instance) {
        Form withUnique = form.cleaner(new UniqueCleaner<>(model, lookup, instance, fieldNames()));
        BoundForm bound = withUnique.bind(data, files);
        return new BoundModelForm<>(model, bound, instance);
    }

    /** An unbound form showing the model's defaults. */
    public BoundForm unbound() {
        return form.unbound();
    }

    /** An unbound form showing {@code instance}'s current values. */
    public BoundForm unbound(M instance) {
        Map<String, Object> initial = new LinkedHashMap<>();
        for (FormField<?> f : form.fields()) {
            ModelFields.toForm(modelField(f.name()).get(instance)).ifPresent(v -> initial.put(f.name(), v));
        }
        return form.unbound(initial);
    }

    private Set<String> fieldNames() {
        return Set.copyOf(form.fields().stream().map(FormField::name).toList());
    }

    Field<M, ?> modelField(String name) {
        return model.field(name).orElseThrow(() -> new IllegalArgumentException(model.name() + " has no field '"
                + name + "'; fields are " + Arrays.toString(model.fields().stream().map(Field::name).toArray())));
    }

    @Override
    public String toString() {
        return "ModelForm[" + model.name() + ": " + form.fields().stream().map(FormField::name).toList() + "]";
    }
}

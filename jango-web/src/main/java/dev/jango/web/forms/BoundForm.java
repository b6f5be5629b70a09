package dev.jango.web.forms;

import dev.jango.web.http.Params;
import dev.jango.web.http.UploadedFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One submission of a {@link Form}, already cleaned: the submitted text, the cleaned values, the errors. Also an
 * unbound form (for the first display) with initial values. Renders itself with {@link #asP()} / {@link #asDiv()}.
 *
 * <pre>{@code
 * BoundForm f = CONTACT.bind(Params.of("name", "Ada", "email", "not-an-email"));
 * f.isValid();                 // false
 * f.errors().of("email");      // [Enter a valid email address.]
 * f.asDiv();                   // <div><label for="id_name">Name:</label> <input ... value="Ada"> ...
 * }</pre>
 */
public final class BoundForm {
    private final Form form;
    private final boolean bound;
    private final Params data;
    private final Map<String, ?> initial;
    private final CleanedData cleaned;
    private final Errors errors;

    private BoundForm(Form form, boolean bound, Params data, Map<String, ?> initial, CleanedData cleaned,
            Errors errors) {
        this.form = form;
        this.bound = bound;
        this.data = data;
        this.initial = Map.copyOf(initial);
        this.cleaned = cleaned;
        this.errors = errors;
        errors.freeze();
    }

    static BoundForm clean(Form form, Params data, Map<String, List<UploadedFile>> files, List<FormCleaner> cleaners,
            Map<String, ?> initial) {
        Errors errors = new Errors();
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField<?> field : form.fields()) {
            try {
                Object value = field.isFile()
                        ? field.cleanFile(files.getOrDefault(field.name(), List.of()).stream().findFirst())
                        : field.clean(data.first(field.name()));
                values.put(field.name(), value);
            } catch (ValidationError e) {
                errors.add(field.name(), e);
            }
        }
        CleanedData partial = new CleanedData(values);
        for (FormCleaner cleaner : cleaners) {
            try {
                cleaner.clean(partial, errors);
            } catch (ValidationError e) {
                errors.add(Errors.NON_FIELD, e);
            }
        }
        return new BoundForm(form, true, data, initial, partial, errors);
    }

    static BoundForm unbound(Form form, Map<String, ?> initial) {
        return new BoundForm(form, false, Params.empty(), initial, new CleanedData(Map.of()), new Errors());
    }

    public Form form() {
        return form;
    }

    /** Whether this holds a submission (rather than being shown for the first time). */
    public boolean isBound() {
        return bound;
    }

    /** Bound and without errors. */
    public boolean isValid() {
        return bound && errors.isEmpty();
    }

    public Errors errors() {
        return errors;
    }

    public List<String> nonFieldErrors() {
        return errors.of(Errors.NON_FIELD);
    }

    /** The values that cleaned; for an invalid form only the fields that passed. */
    public CleanedData cleanedData() {
        return cleaned;
    }

    /**
     * The cleaned values of a valid form.
     *
     * @throws IllegalStateException listing the errors when the form is not valid
     */
    public CleanedData validData() {
        if (!isValid()) {
            throw new IllegalStateException((bound ? "form has errors: " + errors : "form is not bound"));
        }
        return cleaned;
    }

    /** The text a widget shows for {@code name}: the submission when bound, else the initial value. */
    public Optional<String> value(String name) {
        FormField<?> field = form.field(name).orElseThrow(() -> new IllegalArgumentException(
                "form has no field '" + name + "'; fields are " + form.fields().stream().map(FormField::name)
                        .toList()));
        if (bound) {
            return data.first(name);
        }
        Object v = initial.get(name);
        return v != null ? Optional.ofNullable(field.format(v)) : field.initial();
    }

    /** Each field as a paragraph: errors, label, widget, help text; non-field errors first. */
    public String asP() {
        return FormRenderer.render(this, "p");
    }

    /** Each field in a {@code <div>}, same content as {@link #asP()}. */
    public String asDiv() {
        return FormRenderer.render(this, "div");
    }

    /** The widget HTML of one field, for hand-written layouts. */
    public String widget(String name) {
        return FormRenderer.widget(this, form.field(name).orElseThrow(() -> new IllegalArgumentException(
                "form has no field '" + name + "'")));
    }

    @Override
    public String toString() {
        return asDiv();
    }
}

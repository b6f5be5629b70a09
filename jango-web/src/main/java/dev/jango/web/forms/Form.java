package dev.jango.web.forms;

import dev.jango.web.http.MultipartForm;
import dev.jango.web.http.Params;
import dev.jango.web.http.UploadedFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A form's declaration: its fields in order and its cross-field cleaners. Immutable and shareable (declare it once
 * as a constant); {@link #bind} cleans one submission into a {@link BoundForm}.
 *
 * <pre>{@code
 * static final FormField<String> NAME = Fields.text("name", 100);
 * static final FormField<String> EMAIL = Fields.email("email");
 * static final Form CONTACT = Form.of(NAME, EMAIL, Fields.textarea("message"));
 *
 * BoundForm f = CONTACT.bind(request.form());
 * if (f.isValid()) send(f.cleanedData().get(EMAIL)); else return render(f.asDiv());
 * }</pre>
 */
public final class Form {
    private final List<FormField<?>> fields;
    private final List<FormCleaner> cleaners;

    private Form(List<FormField<?>> fields, List<FormCleaner> cleaners) {
        Set<String> names = new HashSet<>();
        for (FormField<?> f : fields) {
            if (!names.add(f.name())) {
                throw new IllegalArgumentException("form declares field '" + f.name() + "' twice");
            }
            if (f.name().equals(Errors.NON_FIELD)) {
                throw new IllegalArgumentException("'" + Errors.NON_FIELD + "' is reserved for non-field errors");
            }
        }
        this.fields = List.copyOf(fields);
        this.cleaners = List.copyOf(cleaners);
    }

    public static Form of(FormField<?>... fields) {
        return new Form(List.of(fields), List.of());
    }

    public static Form of(List<? extends FormField<?>> fields) {
        return new Form(List.copyOf(fields), List.of());
    }

    /** This form plus {@code field} at the end (or replacing the field of the same name, in place). */
    public Form with(FormField<?> field) {
        List<FormField<?>> more = new ArrayList<>(fields);
        int at = indexOf(field.name());
        if (at >= 0) {
            more.set(at, field);
        } else {
            more.add(field);
        }
        return new Form(more, cleaners);
    }

    /** This form without the field called {@code name}. */
    public Form without(String name) {
        return new Form(fields.stream().filter(f -> !f.name().equals(name)).toList(), cleaners);
    }

    /** This form plus a cross-field cleaner, run after the field cleaning, in the order added. */
    public Form cleaner(FormCleaner cleaner) {
        List<FormCleaner> more = new ArrayList<>(cleaners);
        more.add(cleaner);
        return new Form(fields, more);
    }

    public List<FormField<?>> fields() {
        return fields;
    }

    public Optional<FormField<?>> field(String name) {
        int at = indexOf(name);
        return at < 0 ? Optional.empty() : Optional.of(fields.get(at));
    }

    private int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Cleans submitted fields (no files). */
    public BoundForm bind(Params data) {
        return bind(data, Map.of());
    }

    /** Cleans a multipart submission: fields and uploaded files. */
    public BoundForm bind(MultipartForm multipart) {
        return bind(multipart.fields(), multipart.fileParts());
    }

    /** Cleans {@code data} and {@code files}; never throws for bad input, whatever it holds. */
    public BoundForm bind(Params data, Map<String, List<UploadedFile>> files) {
        return BoundForm.clean(this, data, files, cleaners, Map.of());
    }

    /** An unbound form for display, showing {@code initial} values (by field name) or each field's own initial. */
    public BoundForm unbound(Map<String, ?> initial) {
        return BoundForm.unbound(this, initial);
    }

    public BoundForm unbound() {
        return unbound(Map.of());
    }

    List<FormCleaner> cleaners() {
        return cleaners;
    }

    @Override
    public String toString() {
        return "Form" + fields.stream().map(FormField::name).toList();
    }
}

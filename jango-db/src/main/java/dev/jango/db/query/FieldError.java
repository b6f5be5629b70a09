package dev.jango.db.query;

import java.util.Collection;

/**
 * A string path named a field or lookup the model does not have. The message names the model, the bad name and
 * the valid choices, so a typo in {@code filter("titel__icontains", q)} is fixed from the message alone.
 *
 * <pre>{@code FieldError: Book has no field 'titel' in 'titel__icontains'; choices are: id, title, pages, …}</pre>
 */
public final class FieldError extends QueryException {
    private final String model;
    private final String name;

    public FieldError(String model, String name, String problem, Collection<String> choices) {
        super(problem + "; choices are: " + String.join(", ", choices));
        this.model = model;
        this.name = name;
    }

    /** The model the path was resolved against. */
    public String model() {
        return model;
    }

    /** The unknown field or lookup name. */
    public String name() {
        return name;
    }
}

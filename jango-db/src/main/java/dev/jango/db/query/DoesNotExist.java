package dev.jango.db.query;

/**
 * {@code get} found no row. The message names the model and the filter that matched nothing.
 *
 * <pre>{@code DoesNotExist: Book matching query does not exist: "book"."title" = 'Dune'}</pre>
 */
public final class DoesNotExist extends QueryException {
    private final String model;

    public DoesNotExist(String model, String filter) {
        super(model + " matching query does not exist: " + filter);
        this.model = model;
    }

    public String model() {
        return model;
    }
}

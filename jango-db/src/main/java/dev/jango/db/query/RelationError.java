package dev.jango.db.query;

/**
 * A relation used the wrong way in {@code selectRelated}/{@code prefetchRelated} (a to-many relation joined, a
 * to-one or plain field prefetched, a Prefetch QuerySet of the wrong model). Raised before any SQL is sent; the
 * message names the model, the field and the call to use instead.
 */
public class RelationError extends QueryException {
    private final String model;
    private final String field;

    public RelationError(String model, String field, String message) {
        super(message);
        this.model = model;
        this.field = field;
    }

    /** The model the offending name was looked up on. */
    public String model() {
        return model;
    }

    /** The offending relation or field name. */
    public String field() {
        return field;
    }
}

package dev.jango.db.query;

/**
 * {@code get} found more than one row. The message names the model, the filter and how many rows matched
 * ("more than 20" when the probe limit was reached, as Django reports it).
 */
public final class MultipleObjectsReturned extends QueryException {
    private final String model;

    public MultipleObjectsReturned(String model, String filter, String count) {
        super("get() returned more than one " + model + " -- it returned " + count + "! Filter: " + filter);
        this.model = model;
    }

    public String model() {
        return model;
    }
}

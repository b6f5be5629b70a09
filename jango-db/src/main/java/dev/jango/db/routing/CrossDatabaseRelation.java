package dev.jango.db.routing;

/**
 * A relation between rows of two databases that the routers forbid (by default: any two different aliases), raised
 * before any SQL is sent. The message names the model, the field and both aliases.
 */
public class CrossDatabaseRelation extends IllegalArgumentException {
    private final String model;
    private final String field;

    public CrossDatabaseRelation(String model, String field, String fromAlias, String toAlias) {
        super(model + "." + field + ": cannot relate an instance on database '" + fromAlias
                + "' to one on database '" + toAlias + "' (the routers' allowRelation refuses it)");
        this.model = model;
        this.field = field;
    }

    public String model() {
        return model;
    }

    public String field() {
        return field;
    }
}

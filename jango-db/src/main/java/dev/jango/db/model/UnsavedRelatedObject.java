package dev.jango.db.model;

/**
 * A relation was given an object that has no row yet: its primary key does not exist, so the reference could not
 * be stored. Save the object first. The message names the model and, when known, the field.
 */
public final class UnsavedRelatedObject extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnsavedRelatedObject(String message) {
        super(message);
    }
}

package dev.jango.db.schema;

/**
 * A schema definition the editor cannot turn into DDL: an unknown field in a check or index, a default that is not
 * a literal of the field's type, an operation the vendor cannot express. The message names the table and field.
 */
public final class SchemaException extends RuntimeException {
    public SchemaException(String message) {
        super(message);
    }

    public SchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}

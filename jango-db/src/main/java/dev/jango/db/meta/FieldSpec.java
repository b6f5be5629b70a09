package dev.jango.db.meta;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything declared about one field, as the processor read it from the model class. Kept at run time so that
 * forms, the admin and migrations can read it without reflection.
 *
 * @param name          the Java field name ({@code authorName})
 * @param column        the database column ({@code author_name})
 * @param kind          storage kind
 * @param nullable      the column accepts NULL
 * @param blank         forms accept an empty value
 * @param unique        single-column unique constraint
 * @param indexed       single-column index
 * @param primaryKey    the primary key
 * @param defaultValue  the default as a literal of the field's type ({@code "0"}, {@code "2024-01-31"})
 * @param choices       allowed values; empty means any
 * @param maxLength     for CHAR (and ENUM: the longest key); 0 otherwise
 * @param precision     for DECIMAL; 0 otherwise
 * @param scale         for DECIMAL; 0 otherwise
 * @param verboseName   human-readable name
 * @param helpText      help for forms; may be empty
 */
public record FieldSpec(
        String name,
        String column,
        FieldKind kind,
        boolean nullable,
        boolean blank,
        boolean unique,
        boolean indexed,
        boolean primaryKey,
        Optional<String> defaultValue,
        List<Choice> choices,
        int maxLength,
        int precision,
        int scale,
        String verboseName,
        String helpText) {

    public FieldSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(defaultValue, "defaultValue");
        choices = List.copyOf(choices);
    }

    /** A minimal spec: column = name, not null, no options. Handy in tests and for hand-written metamodels. */
    public static FieldSpec of(String name, String column, FieldKind kind) {
        return new FieldSpec(name, column, kind, false, false, false, false, false, Optional.empty(), List.of(),
                0, 0, 0, name.replace('_', ' '), "");
    }
}

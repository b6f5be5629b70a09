package dev.jango.db.schema;

import java.util.Objects;

/**
 * One foreign key of a {@link Table}, by physical names only, so historical states (migrations, snapshots) can
 * describe it without the model classes.
 *
 * <pre>{@code
 * new ForeignKeySpec("author_id", "author", "id", "CASCADE")
 * }</pre>
 *
 * @param column       the referencing column
 * @param targetTable  the referenced table
 * @param targetColumn the referenced column (the target's primary key)
 * @param onDelete     the {@code OnDelete} constant's name; only CASCADE and SET_NULL become SQL actions
 */
public record ForeignKeySpec(String column, String targetTable, String targetColumn, String onDelete) {
    public ForeignKeySpec {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(targetTable, "targetTable");
        Objects.requireNonNull(targetColumn, "targetColumn");
        Objects.requireNonNull(onDelete, "onDelete");
    }

    /** The constraint name on {@code table} ({@code book_author_id_fk}, shortened like every derived name). */
    public String name(String table) {
        return Names.of(table, java.util.List.of(column), "fk");
    }

    /** The {@code ON DELETE …} clause, or empty when the ORM enforces the action itself. */
    String action() {
        return switch (onDelete) {
            case "CASCADE" -> " ON DELETE CASCADE";
            case "SET_NULL" -> " ON DELETE SET NULL";
            default -> "";
        };
    }
}

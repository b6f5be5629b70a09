package dev.jango.db.connection;

/**
 * A value computed under {@link Queries#capture(java.util.function.Supplier)} together with the statements that
 * computing it ran.
 *
 * <pre>{@code
 * Captured<List<Book>> c = Queries.capture(() -> Book.objects.all().list());
 * c.value().size(); c.log().count();
 * }</pre>
 */
public record Captured<T>(T value, QueryLog log) {
}

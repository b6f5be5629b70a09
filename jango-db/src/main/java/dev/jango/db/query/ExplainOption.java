package dev.jango.db.query;

/**
 * Options of {@link QuerySet#explain(ExplainOption...)}.
 *
 * <pre>{@code
 * String plan = Book.objects.filter(BOOK.title.startsWith("A")).explain(ExplainOption.ANALYZE);
 * }</pre>
 */
public enum ExplainOption {
    /**
     * Run the query and report actual row counts and timings ({@code EXPLAIN ANALYZE} on PostgreSQL,
     * {@code ANALYZE <select>} on MariaDB). SQLite has no such form: asking for it there raises
     * {@link ExplainNotSupported}.
     */
    ANALYZE
}

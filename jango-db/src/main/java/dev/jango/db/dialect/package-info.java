/**
 * Per-backend SQL: capability flags ({@link dev.jango.db.dialect.Features}) and render hooks for the nodes whose
 * syntax differs on SQLite, PostgreSQL and MariaDB; each dialect keeps a bounded SQL cache keyed by query shape.
 *
 * <pre>{@code
 * Dialect d = Dialect.of(db.vendor());
 * Book.objects.filter(BOOK.title.contains("a")).statement(d).sql();   // GLOB on SQLite, LIKE elsewhere
 * }</pre>
 */
package dev.jango.db.dialect;

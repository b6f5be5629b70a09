/**
 * Deletion-side relation helpers; for now the many-to-many link writer {@link dev.jango.db.deletion.ManyToMany}
 * (add/remove/set/clear of through-model rows with m2mChanged signals).
 *
 * <pre>{@code
 * ManyToMany.of(BOOK.tags, book).add(fantasy, classic);
 * }</pre>
 */
package dev.jango.db.deletion;

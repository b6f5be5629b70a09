/**
 * Deletion: the {@link dev.jango.db.deletion.Collector} that carries out every foreign key's on-delete rule
 * (CASCADE with signals per row, PROTECT, RESTRICT, SET_NULL, SET_DEFAULT, DO_NOTHING) in dependency order, and
 * the many-to-many link helper {@link dev.jango.db.deletion.ManyToMany}.
 *
 * <pre>{@code
 * DeleteResult r = Author.objects.delete(banks);          // the Collector, through the manager
 * r.perModel();                                           // {BookTag=2, Book=2, Author=1}
 * ManyToMany.of(BOOK.tags, book).add(fantasy, classic);
 * }</pre>
 */
package dev.jango.db.deletion;

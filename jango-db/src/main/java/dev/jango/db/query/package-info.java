/**
 * The QuerySet: a lazy, immutable, chainable query over one model, compiled per dialect and evaluated at most
 * once per value; plus string-path resolution against the metamodel and the errors of the query layer.
 *
 * <pre>{@code
 * List<Book> recent = Book.objects.filter("published__year__gte", 2020).orderBy("-published").limit(10).list();
 * Book one = Book.objects.get(BOOK.isbn.eq("978-0441013593"));   // DoesNotExist / MultipleObjectsReturned
 * List<Row> perFormat = Book.objects.values(BOOK.format).annotate("n", Count.all()).filter("n__gt", 1L).list();
 * }</pre>
 */
package dev.jango.db.query;

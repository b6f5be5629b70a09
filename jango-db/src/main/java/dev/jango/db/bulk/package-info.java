/**
 * Honest bulk writes: multi-row INSERT with keys set on the objects and conflicts counted, batched UPDATE of
 * many objects, and a large QuerySet update in pk-range batches. Every bulk write is one atomic block. On
 * PostgreSQL the values travel in binary: COPY for bulkCreate, typed arrays for bulkUpdate (ADR 0082).
 *
 * <pre>{@code
 * BulkResult r = Book.objects.bulkCreate(books, 5_000, OnConflict.update(BOOK.title).on(BOOK.isbn));
 * r.inserted(); r.updated(); r.ignored();
 * }</pre>
 */
package dev.jango.db.bulk;

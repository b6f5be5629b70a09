/**
 * The catalog app: the models Country ← Publisher ← Author ← Book ↔ Tag (through BookTag), their pages, JSON API
 * and CSV export. For example:
 * <pre>{@code
 * Shelf.Page first = Shelf.page(Optional.empty());   // 50 newest books with author, publisher and tags
 * }</pre>
 */
package dev.jango.bookstore.catalog;

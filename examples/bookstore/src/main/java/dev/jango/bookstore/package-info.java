/**
 * The bookstore example project: {@link dev.jango.bookstore.BookstoreProject} (settings and apps), found by
 * {@code manage} through {@code ServiceLoader}. Run it with {@code ./jango bookstore}, or:
 * <pre>{@code
 * examples/bookstore/manage migrate && examples/bookstore/manage seed --books 2000 && examples/bookstore/manage runserver
 * }</pre>
 */
package dev.jango.bookstore;

package dev.jango.bookstore.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One book as the pages and the JSON API show it: its own columns plus author, publisher (and, on the detail
 * page, country) names and tag names. Immutable; templates read it through the record accessors.
 *
 * <pre>{@code
 * BookCard c = Shelf.page(Optional.empty()).books().getFirst();
 * c.author().name();   // "Ada Lovelace 1"
 * }</pre>
 */
public record BookCard(long id, String title, BigDecimal price, LocalDate published, int pages, Named author,
                       Named publisher, String country, List<String> tags) {

    /** A related row shown by its id and name. */
    public record Named(long id, String name) {}

    /** The keyset cursor of this book in the list order: {@code YYYY-MM-DD_id}. */
    public String cursor() {
        return published + "_" + id;
    }
}

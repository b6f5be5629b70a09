package dev.jango.db.orm;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A small, fixed library of books shared by the ORM tests. */
final class Fixtures {
    private Fixtures() {
    }

    static Book book(String title, String isbn, int pages, String price, LocalDate published, Instant createdAt) {
        return Book.objects.create(b -> {
            b.title = title;
            b.isbn = isbn;
            b.pages = pages;
            b.price = price == null ? null : new BigDecimal(price);
            b.published = published;
            b.createdAt = createdAt;
        });
    }

    /**
     * Dune (1965-08-01, Sunday), Emma (1815-12-23), Hyperion (1989-05-26, no price), "50% Off_Sale\\Now"
     * (2021-03-15), dune messiah (lower case, no date).
     */
    static void library() {
        book("Dune", "isbn-1", 412, "9.99", LocalDate.of(1965, 8, 1), Instant.parse("2020-01-02T03:04:05Z"));
        book("Emma", "isbn-2", 474, "5.50", LocalDate.of(1815, 12, 23), Instant.parse("2021-06-15T12:30:45Z"));
        book("Hyperion", "isbn-3", 482, null, LocalDate.of(1989, 5, 26), null);
        book("50% Off_Sale\\Now", "isbn-4", 10, "1.00", LocalDate.of(2021, 3, 15),
                Instant.parse("2021-03-15T23:59:59Z"));
        book("dune messiah", "isbn-5", 256, "12.00", null, Instant.parse("2022-11-30T08:00:00Z"));
    }
}

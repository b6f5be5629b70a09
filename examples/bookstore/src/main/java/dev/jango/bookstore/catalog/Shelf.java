package dev.jango.bookstore.catalog;

import static dev.jango.bookstore.catalog.AuthorMeta.AUTHOR;
import static dev.jango.bookstore.catalog.BookMeta.BOOK;
import static dev.jango.bookstore.catalog.PublisherMeta.PUBLISHER;

import dev.jango.db.query.QuerySet;
import dev.jango.web.http.BadRequest;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads books with their related rows for the pages in 2 statements whatever the page size: the books joined to
 * author and publisher ({@code selectRelated}), then the tags of all of them ({@code prefetchRelated}) — never one
 * query per book.
 *
 * <pre>{@code
 * Shelf.Page page = Shelf.page(request.query().first("before"));
 * page.books();   // 50 BookCards, newest first
 * page.next();    // Optional["1999-12-31_4711"]
 * }</pre>
 */
public final class Shelf {
    /** Books per list page (the benchmark peers use the same). */
    public static final int PAGE_SIZE = 50;

    private Shelf() {
    }

    /** One list page and the cursor of the next, empty on the last page. */
    public record Page(List<BookCard> books, Optional<String> next) {}

    /**
     * The page of books older than {@code before} ({@code YYYY-MM-DD_id}, the previous page's last book),
     * newest first.
     *
     * @throws BadRequest naming the cursor when it is not {@code YYYY-MM-DD_id}
     */
    public static Page page(Optional<String> before) {
        QuerySet<Book> books = Book.objects.orderBy(BOOK.published.desc(), BOOK.id.desc());
        if (before.isPresent() && !before.get().isEmpty()) {
            String cursor = before.get();
            int sep = cursor.indexOf('_');
            try {
                LocalDate day = LocalDate.parse(cursor.substring(0, Math.max(sep, 0)));
                long id = Long.parseLong(cursor.substring(sep + 1));
                books = books.filter(BOOK.published.lt(day).or(BOOK.published.eq(day).and(BOOK.id.lt(id))));
            } catch (DateTimeParseException | NumberFormatException | StringIndexOutOfBoundsException e) {
                throw new BadRequest("bad cursor '" + cursor + "': expected YYYY-MM-DD_id");
            }
        }
        List<BookCard> cards = cards(withRelations(books).limit(PAGE_SIZE).list());
        Optional<String> next = cards.size() == PAGE_SIZE ? Optional.of(cards.getLast().cursor()) : Optional.empty();
        return new Page(cards, next);
    }

    /** Books whose title or author's name contains {@code q}, ignoring case; newest first, at most one page. */
    public static List<BookCard> search(String q) {
        var authors = Author.objects.filter(AUTHOR.name.icontains(q)).valuesList(AUTHOR.id);
        return cards(withRelations(Book.objects.filter(BOOK.title.icontains(q).or(BOOK.author.in(authors))))
                .orderBy(BOOK.published.desc(), BOOK.id.desc()).limit(PAGE_SIZE).list());
    }

    /** Books of one author, newest first. */
    public static List<BookCard> byAuthor(long authorId) {
        return cards(withRelations(Book.objects.filter(BOOK.author.eq(authorId)))
                .orderBy(BOOK.published.desc(), BOOK.id.desc()).limit(PAGE_SIZE).list());
    }

    /** One book with everything the detail page shows (country included). */
    public static Optional<BookCard> book(long id) {
        List<Book> one = Book.objects.filter(BOOK.id.eq(id))
                .selectRelated(BOOK.author.then(AUTHOR.publisher).then(PUBLISHER.country))
                .prefetchRelated(BOOK.tags).list();
        return cards(one).stream().findFirst();
    }

    /** Cards for {@code books}, in their order; the relations were loaded by {@link #withRelations}. */
    static List<BookCard> cards(List<Book> books) {
        List<BookCard> cards = new ArrayList<>(books.size());
        for (Book b : books) {
            Author a = b.author.get();
            Publisher p = a.publisher.get();
            String country = p.country.isLoaded() ? p.country.get().name : null;
            List<String> tags = new ArrayList<>(3);
            for (Tag t : b.tags.all()) {
                tags.add(t.name);
            }
            cards.add(new BookCard(b.id, b.title, b.price.setScale(2, RoundingMode.HALF_EVEN), b.published, b.pages,
                    new BookCard.Named(a.id, a.name), new BookCard.Named(p.id, p.name), country, List.copyOf(tags)));
        }
        return cards;
    }

    /** Author and publisher joined into the book query, tags in one more: 2 statements for any page size. */
    static QuerySet<Book> withRelations(QuerySet<Book> books) {
        return books.selectRelated(BOOK.author.then(AUTHOR.publisher)).prefetchRelated(BOOK.tags);
    }
}

package dev.jango.bookstore.catalog;

import static dev.jango.bookstore.catalog.AuthorMeta.AUTHOR;
import static dev.jango.bookstore.catalog.BookMeta.BOOK;
import static dev.jango.bookstore.catalog.BookTagMeta.BOOK_TAG;
import static dev.jango.bookstore.catalog.CountryMeta.COUNTRY;
import static dev.jango.bookstore.catalog.PublisherMeta.PUBLISHER;
import static dev.jango.bookstore.catalog.TagMeta.TAG;

import dev.jango.db.query.QuerySet;
import dev.jango.db.query.Row;
import dev.jango.web.http.BadRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads books with their related rows for the pages, in a fixed number of statements whatever the page size:
 * the books, then each relation once with {@code id IN (…)} (authors, publishers, book-tag links, tags).
 * {@code selectRelated}/{@code prefetchRelated} would fold this into 2 statements; until the query layer has them,
 * this is the explicit form of the same idea (ADR 0090) — never one query per book.
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
        List<BookCard> cards = cards(books.limit(PAGE_SIZE).list(), false);
        Optional<String> next = cards.size() == PAGE_SIZE ? Optional.of(cards.getLast().cursor()) : Optional.empty();
        return new Page(cards, next);
    }

    /** Books whose title or author's name contains {@code q}, ignoring case; newest first, at most one page. */
    public static List<BookCard> search(String q) {
        var authors = Author.objects.filter(AUTHOR.name.icontains(q)).valuesList(AUTHOR.id);
        return cards(Book.objects.filter(BOOK.title.icontains(q).or(BOOK.author.in(authors)))
                .orderBy(BOOK.published.desc(), BOOK.id.desc()).limit(PAGE_SIZE).list(), false);
    }

    /** Books of one author, newest first. */
    public static List<BookCard> byAuthor(long authorId) {
        return cards(Book.objects.filter(BOOK.author.eq(authorId))
                .orderBy(BOOK.published.desc(), BOOK.id.desc()).limit(PAGE_SIZE).list(), false);
    }

    /** One book with everything the detail page shows (country included). */
    public static Optional<BookCard> book(long id) {
        List<BookCard> one = cards(Book.objects.filter(BOOK.id.eq(id)).list(), true);
        return one.stream().findFirst();
    }

    /** Cards for {@code books}, in their order; the relations are read with one {@code IN} query each. */
    static List<BookCard> cards(List<Book> books, boolean withCountry) {
        if (books.isEmpty()) {
            return List.of();
        }
        Map<Long, Author> authors = byId(Author.objects.filter(AUTHOR.id.in(ids(books, b -> b.author.longId()))).list(),
                a -> a.id);
        Map<Long, Publisher> publishers = byId(Publisher.objects.filter(PUBLISHER.id.in(
                ids(authors.values(), a -> a.publisher.longId()))).list(), p -> p.id);
        Map<Long, Country> countries = withCountry
                ? byId(Country.objects.filter(COUNTRY.id.in(ids(publishers.values(), p -> p.country.longId()))).list(),
                        c -> c.id)
                : Map.of();
        Map<Long, List<String>> tags = tagNames(ids(books, b -> b.id));
        List<BookCard> cards = new ArrayList<>(books.size());
        for (Book b : books) {
            Author a = authors.get(b.author.longId());
            Publisher p = publishers.get(a.publisher.longId());
            Country c = countries.get(p.country.longId());
            cards.add(new BookCard(b.id, b.title, b.price.setScale(2, java.math.RoundingMode.HALF_EVEN), b.published, b.pages, new BookCard.Named(a.id, a.name),
                    new BookCard.Named(p.id, p.name), c == null ? null : c.name, tags.getOrDefault(b.id, List.of())));
        }
        return cards;
    }

    private static Map<Long, List<String>> tagNames(Set<Long> bookIds) {
        List<Row> links = BookTag.objects.filter(BOOK_TAG.book.in(List.copyOf(bookIds)))
                .orderBy(BOOK_TAG.id.asc()).values(BOOK_TAG.book, BOOK_TAG.tag).list();
        Set<Long> tagIds = new LinkedHashSet<>();
        links.forEach(l -> tagIds.add(asLong(l.get("tag"))));
        Map<Long, String> names = new HashMap<>();
        if (!tagIds.isEmpty()) {
            Tag.objects.filter(TAG.id.in(tagIds)).list().forEach(t -> names.put(t.id, t.name));
        }
        Map<Long, List<String>> byBook = new HashMap<>();
        for (Row l : links) {
            byBook.computeIfAbsent(asLong(l.get("book")), k -> new ArrayList<>()).add(names.get(asLong(l.get("tag"))));
        }
        return byBook;
    }

    private static long asLong(Object value) {
        return ((Number) value).longValue();
    }

    private static <T> Set<Long> ids(Collection<T> rows, java.util.function.ToLongFunction<T> id) {
        Set<Long> ids = new LinkedHashSet<>();
        rows.forEach(r -> ids.add(id.applyAsLong(r)));
        return ids;
    }

    private static <T> Map<Long, T> byId(List<T> rows, java.util.function.ToLongFunction<T> id) {
        Map<Long, T> map = new HashMap<>(rows.size() * 2);
        rows.forEach(r -> map.put(id.applyAsLong(r), r));
        return map;
    }
}

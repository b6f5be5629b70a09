package dev.jango.bookstore.seed;

import dev.jango.bookstore.catalog.Author;
import dev.jango.bookstore.catalog.Book;
import dev.jango.bookstore.catalog.BookTag;
import dev.jango.bookstore.catalog.Country;
import dev.jango.bookstore.catalog.Publisher;
import dev.jango.bookstore.catalog.Tag;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Manager;
import dev.jango.db.model.Ref;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Inserts {@link ReferenceData} on the current database with {@code bulkCreate}, in chunks so that memory stays
 * flat for a million books. Rows reference each other by the keys the database generated (kept per row number),
 * so the data set is consistent whatever the tables' key sequences say.
 *
 * <pre>{@code
 * Db.using(db, () -> { new Seeder(new ReferenceData(2_000), out).run(); return null; });
 * }</pre>
 */
final class Seeder {
    /** Books per bulkCreate call (each call is one atomic block of 1,000-row INSERTs). */
    private static final int CHUNK = 10_000;

    private final ReferenceData data;
    private final PrintWriter out;

    Seeder(ReferenceData data, PrintWriter out) {
        this.data = data;
        this.out = out;
    }

    void run() {
        long[] countries = ids(created(Country.objects, build(ReferenceData.COUNTRIES, c -> {
            List<Object> r = data.country(c);
            Country x = new Country();
            x.name = (String) r.get(1);
            x.code = (String) r.get(2);
            return x;
        })), c -> c.id, "country", ReferenceData.COUNTRIES);
        long[] publishers = ids(created(Publisher.objects, build(ReferenceData.PUBLISHERS, p -> {
            List<Object> r = data.publisher(p);
            Publisher x = new Publisher();
            x.name = (String) r.get(1);
            x.country = Ref.id(countries[(int) (long) (Long) r.get(2)]);
            return x;
        })), p -> p.id, "publisher", ReferenceData.PUBLISHERS);
        long[] authors = ids(created(Author.objects, build(data.authors(), a -> {
            List<Object> r = data.author(a);
            Author x = new Author();
            x.name = (String) r.get(1);
            x.publisher = Ref.id(publishers[(int) (long) (Long) r.get(2)]);
            return x;
        })), a -> a.id, "author", data.authors());
        long[] tags = ids(created(Tag.objects, build(ReferenceData.TAGS, t -> {
            Tag x = new Tag();
            x.name = (String) data.tag(t).get(1);
            return x;
        })), t -> t.id, "tag", ReferenceData.TAGS);
        books(authors, tags);
    }

    private void books(long[] authors, long[] tags) {
        ProgressBar bar = new ProgressBar(out, "book", data.books());
        for (long from = 1; from <= data.books(); from += CHUNK) {
            long to = Math.min(data.books(), from + CHUNK - 1);
            List<Book> books = new ArrayList<>((int) (to - from + 1));
            for (long b = from; b <= to; b++) {
                List<Object> r = data.book(b);
                Book x = new Book();
                x.title = (String) r.get(1);
                x.author = Ref.id(authors[(int) (long) (Long) r.get(2)]);
                x.price = (BigDecimal) r.get(3);
                x.published = (LocalDate) r.get(4);
                x.pages = (Integer) r.get(5);
                books.add(x);
            }
            Book.objects.bulkCreate(books, 1_000);
            List<BookTag> links = new ArrayList<>(books.size() * ReferenceData.TAGS_PER_BOOK);
            for (int i = 0; i < books.size(); i++) {
                for (long tag : data.bookTags(from + i)) {
                    BookTag l = new BookTag();
                    l.book = Ref.id(books.get(i).id);
                    l.tag = Ref.id(tags[(int) tag]);
                    links.add(l);
                }
            }
            BookTag.objects.bulkCreate(links, 1_000);
            bar.update(to);
        }
        out.println();
        out.printf("book_tag: %,d links%n", data.books() * ReferenceData.TAGS_PER_BOOK);
    }

    private static <M extends Entity> List<M> created(Manager<M> manager, List<M> rows) {
        manager.bulkCreate(rows, 1_000);
        return rows;
    }

    private static <M> List<M> build(long count, java.util.function.LongFunction<M> row) {
        List<M> rows = new ArrayList<>((int) count);
        for (long n = 1; n <= count; n++) {
            rows.add(row.apply(n));
        }
        return rows;
    }

    /** Generated keys by row number (index 0 unused), after printing the table's bar. */
    private <M> long[] ids(List<M> created, java.util.function.ToLongFunction<M> id, String table, long count) {
        long[] ids = new long[(int) count + 1];
        for (int i = 0; i < created.size(); i++) {
            ids[i + 1] = id.applyAsLong(created.get(i));
        }
        new ProgressBar(out, table, count).update(created.size());
        out.println();
        return ids;
    }
}

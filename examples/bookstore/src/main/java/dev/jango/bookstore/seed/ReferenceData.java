package dev.jango.bookstore.seed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The reference data set, row by row, as pure functions of the row number: the same values
 * {@code benchmarks/side-by-side/data/load.sql} generates inside PostgreSQL, so the seeded bookstore and the
 * benchmark database hold the same books. 20 countries, 500 publishers, {@code books / 50} authors (at least 10),
 * 100 tags, and three distinct tags per book.
 *
 * <pre>{@code
 * ReferenceData data = new ReferenceData(2_000);
 * data.book(1);        // [1, "A Silent River 1", 4, 5.37, 1971-09-07, 113]
 * data.bookTags(1);    // [8, 41, 74]
 * }</pre>
 */
public record ReferenceData(long books) {
    public static final int COUNTRIES = 20;
    public static final int PUBLISHERS = 500;
    public static final int TAGS = 100;
    public static final int TAGS_PER_BOOK = 3;

    private static final String[] PRESSES = {"Northern", "Blue", "Lantern", "Harbor", "Quill", "Oak"};
    private static final String[] FIRST = {"Ada", "Boris", "Chiara", "Dmitri", "Elena", "Farid", "Greta", "Hiro"};
    private static final String[] LAST = {"Lovelace", "Okafor", "Rossi", "Novak", "Silva", "Tanaka", "Weber"};
    private static final String[] ARTICLE = {"The", "A", "Our", "No"};
    private static final String[] ADJECTIVE = {"Silent", "Golden", "Last", "Hidden", "Broken", "Distant", "Red", "Long"};
    private static final String[] NOUN = {"River", "Garden", "Winter", "Machine", "Letter", "Harbor", "Forest",
            "Promise", "City"};
    private static final LocalDate EPOCH = LocalDate.of(1950, 1, 1);

    public ReferenceData {
        if (books < 1) {
            throw new IllegalArgumentException("the data set needs at least 1 book, got " + books);
        }
    }

    public long authors() {
        return Math.max(books / 50, 10);
    }

    public List<Object> country(long c) {
        return List.of(c, "Country " + c, "" + (char) (65 + (c - 1) / 26) + (char) (65 + (c - 1) % 26));
    }

    public List<Object> publisher(long p) {
        return List.of(p, PRESSES[(int) (p % 6)] + " Press " + p, 1 + p % COUNTRIES);
    }

    public List<Object> author(long a) {
        return List.of(a, FIRST[(int) (a % 8)] + " " + LAST[(int) ((a / 8) % 7)] + " " + a, 1 + (a * 7) % PUBLISHERS);
    }

    public List<Object> tag(long t) {
        return List.of(t, "tag-" + t);
    }

    /** id, title, author id, price, published, pages. */
    public List<Object> book(long b) {
        String title = ARTICLE[(int) (b % 4)] + " " + ADJECTIVE[(int) ((b / 4) % 8)] + " " + NOUN[(int) ((b / 32) % 9)]
                + " " + b;
        BigDecimal price = BigDecimal.valueOf((b * 37) % 9000 + 500, 2);
        LocalDate published = EPOCH.plusDays((b * 7919) % 27000);
        return List.of(b, title, 1 + (b * 31) % authors(), price, published, (int) (100 + (b * 13) % 900));
    }

    /** The tag ids of book {@code b}: offsets 0, 33 and 66 never collide modulo 100. */
    public long[] bookTags(long b) {
        long[] tags = new long[TAGS_PER_BOOK];
        for (int k = 0; k < TAGS_PER_BOOK; k++) {
            tags[k] = 1 + (b * 7 + k * 33L) % TAGS;
        }
        return tags;
    }
}

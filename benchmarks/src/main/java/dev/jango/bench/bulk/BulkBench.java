package dev.jango.bench.bulk;

import static dev.jango.bench.bulk.BulkBookMeta.BULK_BOOK;

import dev.jango.db.Db;
import dev.jango.db.bulk.BulkResult;
import dev.jango.db.connection.Database;
import dev.jango.db.schema.SchemaEditor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Times {@code bulkCreate} of 100,000 new books (through binary COPY, and again through the array fallback)
 * and {@code bulkUpdate} of one field of the same 100,000 on PostgreSQL ({@code JANGO_BENCH_POSTGRES_URL},
 * default the local server): two warm-up rounds, then five measured
 * rounds, each on an emptied table. A plain runner rather than JMH: one round is a multi-second database
 * operation, so JMH's per-invocation machinery would add nothing but set-up code.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar dev.jango.bench.bulk.BulkBench [rows] [batch] [rounds]}</pre>
 */
public final class BulkBench {
    private BulkBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String url = System.getenv().getOrDefault("JANGO_BENCH_POSTGRES_URL",
                "postgresql://postgres@127.0.0.1:5432/test");
        try (Database db = Database.open("default", url)) {
            db.execute("DROP TABLE IF EXISTS bench_bulk_book");
            SchemaEditor.forVendor("POSTGRESQL").createModel(BULK_BOOK).forEach(db::execute);
            Db.using(db, () -> {
                for (int r = 0; r < rounds + 2; r++) {
                    String label = r < 2 ? "warm-up " + (r + 1) : "round " + (r - 1);
                    round(db, label, rows, batch);
                }
                return null;
            });
            db.execute("DROP TABLE bench_bulk_book");
        }
    }

    private static void round(Database db, String label, int rows, int batch) {
        db.execute("TRUNCATE bench_bulk_book RESTART IDENTITY");
        List<BulkBook> books = books(rows);
        long t0 = System.nanoTime();
        BulkResult created = BulkBook.objects.bulkCreate(books, batch);
        long t1 = System.nanoTime();
        for (BulkBook b : books) {
            b.price = b.price.add(BigDecimal.ONE);
        }
        long t2 = System.nanoTime();
        long updated = BulkBook.objects.bulkUpdate(books, List.of(BULK_BOOK.price), batch);
        long t3 = System.nanoTime();
        if (created.inserted() != rows || updated != rows || books.getLast().id == 0) {
            throw new IllegalStateException("bulk writes lost rows: " + created + ", updated " + updated);
        }
        // The server's own floor for the same rows, in the same round (the machine's load varies by minutes):
        // INSERT … SELECT over generate_series and a one-statement UPDATE, no client or network involved.
        db.execute("TRUNCATE bench_bulk_book RESTART IDENTITY");
        long s0 = System.nanoTime();
        db.execute("INSERT INTO bench_bulk_book (title, price, published, pages, in_print, created, rating) "
                + "SELECT 'Book number ' || g, (g % 100000) / 100.0, date '2000-01-01' + (g % 9000), g % 900, "
                + "g % 3 = 0, timestamptz '2026-01-01' + g * interval '1 second', "
                + "CASE WHEN g % 5 = 0 THEN NULL ELSE (g % 50) / 10.0 END FROM generate_series(1, " + rows + ") g");
        long s1 = System.nanoTime();
        db.execute("UPDATE bench_bulk_book SET price = price + 1");
        long s2 = System.nanoTime();
        // The other PostgreSQL transport, same round: an ON INSERT rule (one that adds nothing) rules out COPY, which
        // would skip it, so bulkCreate falls back to INSERT … SELECT FROM unnest(arrays) RETURNING.
        db.execute("TRUNCATE bench_bulk_book RESTART IDENTITY");
        db.execute("CREATE RULE bench_bulk_no_copy AS ON INSERT TO bench_bulk_book DO ALSO NOTHING");
        List<BulkBook> again = books(rows);
        long a0 = System.nanoTime();
        BulkBook.objects.bulkCreate(again, batch);
        long a1 = System.nanoTime();
        db.execute("DROP RULE bench_bulk_no_copy ON bench_bulk_book");
        System.out.printf("%-10s bulkCreate %,9.0f rows/s (%,d ms, %.1f× server floor %,d ms; arrays %,d ms, %.1f×)  "
                        + " bulkUpdate %,9.0f rows/s (%,d ms, %.1f× server floor %,d ms)%n", label,
                rows / ((t1 - t0) / 1e9), (t1 - t0) / 1_000_000, (double) (t1 - t0) / (s1 - s0),
                (s1 - s0) / 1_000_000, (a1 - a0) / 1_000_000, (double) (a1 - a0) / (s1 - s0),
                rows / ((t3 - t2) / 1e9), (t3 - t2) / 1_000_000,
                (double) (t3 - t2) / (s2 - s1), (s2 - s1) / 1_000_000);
    }

    private static List<BulkBook> books(int rows) {
        List<BulkBook> books = new ArrayList<>(rows);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 1; i <= rows; i++) {
            BulkBook b = new BulkBook();
            b.title = "Book number " + i;
            b.price = BigDecimal.valueOf(i % 100_000, 2);
            b.published = LocalDate.of(2000, 1, 1).plusDays(i % 9000);
            b.pages = i % 900;
            b.inPrint = i % 3 == 0;
            b.created = now.plusSeconds(i);
            b.rating = i % 5 == 0 ? null : (i % 50) / 10.0;
            books.add(b);
        }
        return books;
    }
}

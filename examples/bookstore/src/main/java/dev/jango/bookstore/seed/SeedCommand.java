package dev.jango.bookstore.seed;

import dev.jango.db.Db;
import dev.jango.db.connection.Database;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code manage seed [--books N] [--if-empty]}: fills the migrated, empty bookstore tables with the reference data
 * set ({@link ReferenceData}: 1,000,000 books and 3,000,000 book-tag rows by default), with a progress bar.
 *
 * <pre>{@code
 * $ ./manage migrate && ./manage seed --books 2000
 * books     [##############################] 100%  2,000 / 2,000
 * }</pre>
 */
@Command(name = "seed", description = "Fills the empty bookstore tables with the reference data set.")
public final class SeedCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--books", defaultValue = "1000000", description = "Number of books (default: ${DEFAULT-VALUE}).")
    long books;

    @Option(names = "--if-empty", description = "Do nothing (exit 0) when books exist already.")
    boolean ifEmpty;

    @Option(names = "--database", defaultValue = "default", description = "Database alias.")
    String alias;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Database db = Db.database(alias);
        long existing = db.query("SELECT COUNT(*) FROM " + db.vendor().quote("book"), List.of(),
                rs -> rs.next() ? rs.getLong(1) : 0L);
        if (existing > 0) {
            if (ifEmpty) {
                out.printf("seed: %,d books exist already; nothing to do%n", existing);
                return 0;
            }
            throw new IllegalStateException("the book table of '" + alias + "' holds " + existing
                    + " rows: seed fills empty tables only (use --if-empty to skip a seeded database)");
        }
        long started = System.nanoTime();
        seed(db, new ReferenceData(books), out);
        out.printf("seed: %,d books in %.1f s%n", books, (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /** Inserts the whole data set into {@code db}, printing a progress bar per table to {@code out}. */
    public static void seed(Database db, ReferenceData data, PrintWriter out) {
        try {
            Db.using(db, () -> {
                new Seeder(data, out).run();
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("seeding failed: " + e.getMessage(), e);
        }
    }
}

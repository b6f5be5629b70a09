package dev.jango.demo;

import static dev.jango.demo.AuthorMeta.AUTHOR;
import static dev.jango.demo.BookMeta.BOOK;
import static dev.jango.demo.BookTagMeta.BOOK_TAG;
import static dev.jango.demo.TagMeta.TAG;

import dev.jango.db.Db;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.QueryLog;
import dev.jango.db.connection.Queries;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.meta.Relation;
import dev.jango.db.model.Ref;
import dev.jango.db.model.RelationNotLoaded;
import dev.jango.db.schema.SchemaEditor;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The runnable ORM demo on SQLite: prints the metamodel the processor generated for {@link Author}, {@link Book},
 * {@link Tag} and {@link BookTag} (relations included), creates their tables, inserts and queries rows, and prints every statement it ran.
 *
 * <pre>{@code ./jango demo              # a fresh temporary database
 * ./jango demo shop.sqlite3  # or a file of your choice (its demo tables are recreated)}</pre>
 */
public final class Demo {
    private Demo() {
    }

    /** Runs the demo on {@code args[0]} (an SQLite file) or on a temporary file, printing to standard output. */
    public static void main(String[] args) throws IOException {
        Path file = args.length > 0 ? Path.of(args[0]) : Files.createTempFile("jango-demo", ".sqlite3");
        try {
            Db.configure(Map.of(Db.DEFAULT, "sqlite:" + file));
            run(Db.database(), System.out);
        } finally {
            if (args.length == 0) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Runs the demo on {@code db}, bound as the default database for the call. */
    static void run(Database db, PrintStream out) {
        out.println("Jango ORM demo on " + db.vendor() + ": the generated metamodel");
        describe(AUTHOR, out);
        describe(BOOK, out);
        describe(TAG, out);
        describe(BOOK_TAG, out);
        createTables(db, List.of(AUTHOR, BOOK, TAG, BOOK_TAG));
        QueryLog log = Queries.capture(() -> {
            try {
                Db.using(db, () -> queries(out));
            } catch (Exception e) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
        });
        out.println();
        out.printf("%d queries, %.1f ms:%n", log.count(), log.totalMillis());
        log.statements().forEach(q -> out.println("  " + q.sql() + "  " + q.params()));
    }

    private static Void queries(PrintStream out) {
        Author leGuin = Author.objects.create(a -> {
            a.name = "Ursula K. Le Guin";
            a.born = LocalDate.of(1929, 10, 21);
        });
        Author herbert = Author.objects.create(a -> a.name = "Frank Herbert");
        book(leGuin, "A Wizard of Earthsea", "8.99", LocalDate.of(1968, 11, 1), Book.Format.PAPERBACK);
        book(leGuin, "The Left Hand of Darkness", "12.50", LocalDate.of(1969, 3, 1), Book.Format.HARDCOVER);
        book(leGuin, "The Dispossessed", "14.00", LocalDate.of(1974, 5, 1), Book.Format.EBOOK);
        book(herbert, "Dune", "19.99", LocalDate.of(1965, 8, 1), Book.Format.HARDCOVER);

        out.println();
        out.println("Books under 15.00, newest first:");
        for (Book b : Book.objects.filter(BOOK.price.lt(new BigDecimal("15"))).orderBy(BOOK.published.desc())) {
            out.println("  " + b);
        }
        out.println("Le Guin's books: " + Book.objects.filter(BOOK.author.eq(leGuin)).count());
        Tag fantasy = Tag.objects.create(t -> t.name = "fantasy");
        Book wizard = Book.objects.get(BOOK.title.eq("A Wizard of Earthsea"));
        BookTag.objects.create(l -> {
            l.book = Ref.to(wizard);
            l.tag = Ref.to(fantasy);
        });
        out.println("Books tagged fantasy: " + BookTag.objects.filter(BOOK_TAG.tag.eq(fantasy)).count());
        out.println("Wizard's author id: " + wizard.author.id());
        try {
            out.println(wizard.author.get().name);
        } catch (RelationNotLoaded e) {
            out.println("Strict loading: " + e.getMessage());
        }
        List<String> dark = Book.objects.filter("title__icontains", "dark").valuesList(BOOK.title).list();
        out.println("Titles containing 'dark': " + dark);
        Book dune = Book.objects.get(BOOK.title.eq("Dune"));
        dune.price = new BigDecimal("17.50");
        Book.objects.save(dune, BOOK.price);
        out.println("Dune repriced: " + Book.objects.get(BOOK.id.eq(dune.id)));
        int archived = Book.objects.filter(BOOK.published.lt(LocalDate.of(1969, 1, 1))).update(BOOK.inPrint.to(false));
        out.println("Marked out of print (published before 1969): " + archived);
        return null;
    }

    private static void book(Author author, String title, String price, LocalDate published, Book.Format format) {
        Book.objects.create(b -> {
            b.title = title;
            b.author = Ref.to(author);
            b.price = new BigDecimal(price);
            b.published = published;
            b.format = format;
        });
    }

    private static void createTables(Database db, List<ModelMeta<?>> models) {
        SchemaEditor editor = SchemaEditor.forVendor(db.vendor().name());
        // Referencing tables go first when dropping, last when creating.
        for (ModelMeta<?> model : models.reversed()) {
            db.execute("DROP TABLE IF EXISTS " + db.vendor().quote(model.table()));
        }
        for (ModelMeta<?> model : models) {
            editor.createModel(model).forEach(db::execute);
        }
    }

    static void describe(ModelMeta<?> meta, PrintStream out) {
        out.println();
        out.println(meta.name() + " → table " + meta.table() + ", ordering " + meta.spec().ordering());
        for (Field<?, ?> f : meta.fields()) {
            var spec = f.spec();
            out.printf("  %-11s %-12s %-9s%s%s%s%n", f.name(), spec.column(), spec.kind(),
                    spec.primaryKey() ? " pk" : "", spec.nullable() ? " null" : "",
                    spec.defaultValue().map(d -> " default=" + d).orElse(""));
        }
        for (Relation<?, ?> r : meta.relations()) {
            out.println("  relation " + r.constant() + (r.toMany() ? " → many " : " → ") + r.target().name());
        }
        meta.spec().indexes().forEach(i -> out.println("  index " + i.name() + " " + i.fields()));
        meta.spec().checks().forEach(c -> out.println("  check " + c.name() + " " + c.condition()));
    }
}

package dev.jango.demo;

import static dev.jango.demo.AuthorMeta.AUTHOR;
import static dev.jango.demo.BookMeta.BOOK;

import dev.jango.db.meta.Field;
import dev.jango.db.meta.ModelMeta;
import java.io.PrintStream;

/**
 * The runnable ORM demo: prints the metamodel the annotation processor generated for {@link Author} and
 * {@link Book}, and a new instance with its defaults.
 *
 * <pre>{@code ./jango demo}</pre>
 */
public final class Demo {
    private Demo() {
    }

    /** Runs the demo, printing to standard output. */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        out.println("Jango ORM demo: the generated metamodel");
        describe(AUTHOR, out);
        describe(BOOK, out);
        Book draft = BOOK.newInstance();
        BOOK.title.set(draft, "The Left Hand of Darkness");
        out.println("new instance with defaults: " + draft);
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
        meta.spec().indexes().forEach(i -> out.println("  index " + i.name() + " " + i.fields()));
        meta.spec().checks().forEach(c -> out.println("  check " + c.name() + " " + c.condition()));
    }
}

package dev.jango.demo;

import static dev.jango.demo.BookMeta.BOOK;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import dev.jango.db.connection.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's models go through the processor in a normal Maven build, and the demo runs. */
class DemoTest {

    @Test
    void generatedMetamodelAppliesDefaultsAndDescribesTheModel() {
        Book b = BOOK.newInstance();
        assertThat(b.price).isEqualByComparingTo(new BigDecimal("0.00"));
        assertThat(b.edition).isEqualTo(1);
        assertThat(b.inPrint).isTrue();
        assertThat(b.format).isEqualTo(Book.Format.PAPERBACK);
        assertThat(BOOK.format.spec().maxLength()).isEqualTo(5);
        assertThat(BOOK.format.spec().defaultValue()).contains("pb");
        assertThat(BOOK.author.column()).isEqualTo("author_id");
        assertThat(BOOK.author.target()).isSameAs(AuthorMeta.AUTHOR);
        assertThat(AuthorMeta.AUTHOR.books.field()).isSameAs(BOOK.author);
        assertThat(BOOK.tags.through()).isSameAs(BookTagMeta.BOOK_TAG);
        assertThat(BOOK.tags.targetField()).isSameAs(BookTagMeta.BOOK_TAG.tag);
        assertThat(b.tags.isLoaded()).isFalse();
        assertThat(BOOK.pk()).isSameAs(BOOK.id);
    }

    @Test
    void demoRunsOnSqlite(@TempDir Path dir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Database db = Database.open("demo", "sqlite:" + dir.resolve("demo.sqlite3"))) {
            Demo.run(db, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("Book → table book")
                .contains("check book_price_non_negative price__gte=0")
                .contains("Book[2, The Left Hand of Darkness, 12.50, 1969-03-01, HARDCOVER]")
                .contains("Le Guin's books: 3")
                .contains("Titles containing 'dark': [The Left Hand of Darkness]")
                .contains("Dune repriced: Book[4, Dune, 17.50, 1965-08-01, HARDCOVER]")
                .contains("Marked out of print (published before 1969): 2")
                .contains("Books tagged fantasy: 1")
                .contains("Wizard's author id: 1")
                .contains("Strict loading: Book.author is not loaded (strict loading): add .selectRelated(BOOK.author)"
                        + " to the query that fetched this Book")
                .contains("relation AUTHOR.books → many Book")
                .contains("relation BOOK.tags → many Tag");
    }
}

package dev.jango.demo;

import static dev.jango.demo.BookMeta.BOOK;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

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
        assertThat(BOOK.authorId.column()).isEqualTo("author_id");
        assertThat(BOOK.pk()).isSameAs(BOOK.id);
    }

    @Test
    void demoPrintsTheMetamodel() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("Book → table book")
                .contains("check book_price_non_negative price__gte=0")
                .contains("The Left Hand of Darkness");
    }
}

package dev.jango.bookstore.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.db.model.Ref;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The export's row format without a database: quoting, prices at scale 2, dates, unknown authors, buffering. */
class BookCsvTest {
    private static Book book(long id, String title, long author, String price, LocalDate published) {
        Book b = new Book();
        b.id = id;
        b.title = title;
        b.author = Ref.id(author);
        b.price = new BigDecimal(price);
        b.published = published;
        return b;
    }

    private static String csv(Book... books) throws IOException {
        StringWriter out = new StringWriter();
        BookCsv csv = new BookCsv(out, new long[] {3, 7, 40}, new String[] {"Ada, Countess", "Hiro \"H\" Weber", "Oak"});
        csv.header();
        for (Book b : books) {
            csv.row(b);
        }
        csv.flush();
        return out.toString();
    }

    @Test
    void writesOneRowPerBookWithQuotingAndTheColumnScale() throws IOException {
        assertThat(csv(
                book(1, "The Silent River 1", 40, "12.50", LocalDate.of(1987, 3, 4)),
                book(22, "Commas, \"quotes\"\nand lines", 3, "0.5", LocalDate.of(2024, 12, 31)),
                book(333, "Ünïcode €", 7, "5", LocalDate.of(812, 1, 9)),
                book(4444, "No author", 99, "-1.25", LocalDate.of(10_000, 1, 1))))
                .isEqualTo("""
                        id,title,author,price,published
                        1,The Silent River 1,Oak,12.50,1987-03-04
                        22,"Commas, ""quotes""
                        and lines","Ada, Countess",0.50,2024-12-31
                        333,Ünïcode €,"Hiro ""H"" Weber",5.00,0812-01-09
                        4444,No author,,-1.25,+10000-01-01
                        """);
    }

    @Test
    void rowsLongerThanTheBufferAndManyRowsAreAllWritten() throws IOException {
        String longTitle = "x".repeat(50_000);
        Book[] books = new Book[5_000];
        for (int i = 0; i < books.length; i++) {
            books[i] = book(i + 1, i == 2_500 ? longTitle : "Book " + (i + 1), 3, "9.99", LocalDate.of(2000, 1, 1));
        }
        String text = csv(books);
        assertThat(text.lines()).hasSize(1 + books.length);
        assertThat(text.lines().skip(2_501).findFirst()).hasValue("2501," + longTitle + ",\"Ada, Countess\",9.99,2000-01-01");
        assertThat(text).endsWith("5000,Book 5000,\"Ada, Countess\",9.99,2000-01-01\n");
    }
}

package dev.jango.db.orm;

import dev.jango.db.model.Char;
import dev.jango.db.model.Check;
import dev.jango.db.model.Decimal;
import dev.jango.db.model.Default;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Id;
import dev.jango.db.model.Keyed;
import dev.jango.db.model.Manager;
import dev.jango.db.model.Model;
import dev.jango.db.model.Null;
import dev.jango.db.model.Text;
import dev.jango.db.model.Unique;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The ORM suite's model: most field kinds, nullable ones, a unique key and a keyed enum. */
@Model(table = "orm_book", constraints = @Check(name = "orm_book_pages_non_negative", condition = "pages__gte=0"))
public class Book extends Entity {
    @Id public long id;
    @Char(max = 40) public String title;
    @Char(max = 20) @Unique public String isbn;
    @Default("0") public int pages;
    @Null @Decimal(precision = 8, scale = 2) public BigDecimal price;
    @Null public LocalDate published;
    @Null public Instant createdAt;
    @Null public Integer rating;
    @Null @Text public String notes;
    // No @Default: the schema editor writes a Keyed default as the constant name, not the key (reported).
    @Null public Format format;

    public static final Manager<Book> objects = Manager.of(Book.class);

    /** Stored under stable keys. */
    public enum Format implements Keyed {
        PAPERBACK("pb"), HARDCOVER("hc");

        private final String key;

        Format(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }
    }

    @Override
    public String toString() {
        return "Book[" + id + ", " + title + "]";
    }
}

package dev.jango.demo;

import dev.jango.db.model.Char;
import dev.jango.db.model.Check;
import dev.jango.db.model.Decimal;
import dev.jango.db.model.Default;
import dev.jango.db.model.Entity;
import dev.jango.db.model.ForeignKey;
import dev.jango.db.model.Id;
import dev.jango.db.model.Index;
import dev.jango.db.model.Indexed;
import dev.jango.db.model.Keyed;
import dev.jango.db.model.ManyToMany;
import dev.jango.db.model.Manager;
import dev.jango.db.model.Model;
import dev.jango.db.model.Null;
import dev.jango.db.model.OnDelete;
import dev.jango.db.model.Ref;
import dev.jango.db.model.RelatedSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A demo book, using most field kinds, a foreign key to {@link Author} ({@code AUTHOR.books} is its reverse) and
 * tags through {@link BookTag}; the processor generates {@code BookMeta.BOOK}.
 */
@Model(table = "book", ordering = {"-published", "id"},
        indexes = @Index(name = "book_title_published", fields = {"title", "-published"}),
        constraints = @Check(name = "book_price_non_negative", condition = "price__gte=0"))
public class Book extends Entity {
    @Id public long id;
    @Char(max = 200) public String title;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "books") public Ref<Author> author;
    @Decimal(precision = 8, scale = 2) @Default("0.00") public BigDecimal price;
    @Indexed public LocalDate published;
    @Default("1") public int edition;
    @Default("true") public boolean inPrint;
    @Default("PAPERBACK") public Format format;
    @Null public Instant archivedAt;
    @ManyToMany(through = BookTag.class, relatedName = "books") public RelatedSet<Tag> tags;

    public static final Manager<Book> objects = Manager.of(Book.class);

    /** Stored as its stable key, so renaming a constant does not touch stored rows. */
    public enum Format implements Keyed {
        PAPERBACK("pb"), HARDCOVER("hc"), EBOOK("ebook");

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
        // Shown at the column's scale: SQLite hands back 12.5 for a stored 12.50.
        return "Book[" + id + ", " + title + ", " + price.setScale(2, RoundingMode.UNNECESSARY) + ", " + published
                + ", " + format + "]";
    }
}

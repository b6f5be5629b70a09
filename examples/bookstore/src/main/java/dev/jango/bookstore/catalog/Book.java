package dev.jango.bookstore.catalog;

import dev.jango.db.model.Char;
import dev.jango.db.model.Decimal;
import dev.jango.db.model.Entity;
import dev.jango.db.model.ForeignKey;
import dev.jango.db.model.Id;
import dev.jango.db.model.Index;
import dev.jango.db.model.ManyToMany;
import dev.jango.db.model.Manager;
import dev.jango.db.model.Model;
import dev.jango.db.model.OnDelete;
import dev.jango.db.model.Ref;
import dev.jango.db.model.RelatedSet;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A book: table {@code book}, newest first. The index matches the list page's keyset order
 * ({@code published DESC, id DESC}), so page 1 and page 10,000 cost the same.
 */
@Model(table = "book", ordering = {"-published", "-id"},
        indexes = @Index(name = "book_published_id_idx", fields = {"-published", "-id"}))
public class Book extends Entity {
    @Id public long id;
    @Char(max = 200) public String title;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "books") public Ref<Author> author;
    @Decimal(precision = 8, scale = 2) public BigDecimal price;
    public LocalDate published;
    public int pages;
    @ManyToMany(through = BookTag.class, relatedName = "books") public RelatedSet<Tag> tags;

    public static final Manager<Book> objects = Manager.of(Book.class);
}

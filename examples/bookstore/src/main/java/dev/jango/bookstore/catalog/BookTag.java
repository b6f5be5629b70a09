package dev.jango.bookstore.catalog;

import dev.jango.db.model.Entity;
import dev.jango.db.model.ForeignKey;
import dev.jango.db.model.Id;
import dev.jango.db.model.Manager;
import dev.jango.db.model.Model;
import dev.jango.db.model.OnDelete;
import dev.jango.db.model.Ref;
import dev.jango.db.model.Unique;

/** The through model of {@code Book.tags}: table {@code book_tag}, each (book, tag) pair at most once. */
@Model(table = "book_tag", unique = @Unique(fields = {"book", "tag"}))
public class BookTag extends Entity {
    @Id public long id;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "tagLinks") public Ref<Book> book;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "bookLinks") public Ref<Tag> tag;

    public static final Manager<BookTag> objects = Manager.of(BookTag.class);
}

package dev.jango.demo;

import dev.jango.db.model.Entity;
import dev.jango.db.model.ForeignKey;
import dev.jango.db.model.Id;
import dev.jango.db.model.Manager;
import dev.jango.db.model.Model;
import dev.jango.db.model.Ref;
import dev.jango.db.model.Unique;

/** The through model of {@code Book.tags}: one row per link, each pair at most once. */
@Model(table = "book_tag", unique = @Unique(fields = {"book", "tag"}))
public class BookTag extends Entity {
    @Id public long id;
    @ForeignKey(relatedName = "tagLinks") public Ref<Book> book;
    @ForeignKey(relatedName = "bookLinks") public Ref<Tag> tag;

    public static final Manager<BookTag> objects = Manager.of(BookTag.class);
}

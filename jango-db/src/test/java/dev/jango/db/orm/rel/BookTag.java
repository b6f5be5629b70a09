package dev.jango.db.orm.rel;

import dev.jango.db.model.*;

/** The through model of {@code Book.tags}. */
@Model(table = "rel_book_tag")
public class BookTag extends Entity {
    @Id public long id;
    @ForeignKey(relatedName = "tagLinks") public Ref<Book> book;
    @ForeignKey(relatedName = "bookLinks") public Ref<Tag> tag;

    public static final Manager<BookTag> objects = Manager.of(BookTag.class);
}

package dev.jango.db.orm.rel;

import dev.jango.db.model.*;

/** A book with an author (to-one) and tags through {@link BookTag} (many-to-many). */
@Model(table = "rel_book")
public class Book extends Entity {
    @Id public long id;
    @Char(max = 80) public String title;
    public int pages;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "books") public Ref<Author> author;
    @ManyToMany(through = BookTag.class, relatedName = "books") public RelatedSet<Tag> tags;

    public static final Manager<Book> objects = Manager.of(Book.class);
}

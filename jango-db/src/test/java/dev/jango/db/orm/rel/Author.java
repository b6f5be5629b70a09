package dev.jango.db.orm.rel;

import dev.jango.db.model.*;

/** An author, maybe without a publisher (a nullable key: selectRelated joins it with LEFT JOIN). */
@Model(table = "rel_author")
public class Author extends Entity {
    @Id public long id;
    @Char(max = 40) public String name;
    @Null @ForeignKey(onDelete = OnDelete.SET_NULL, relatedName = "authors") public Ref<Publisher> publisher;

    public static final Manager<Author> objects = Manager.of(Author.class);
}

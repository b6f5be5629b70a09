package dev.jango.bookstore.catalog;

import dev.jango.db.model.Char;
import dev.jango.db.model.Entity;
import dev.jango.db.model.ForeignKey;
import dev.jango.db.model.Id;
import dev.jango.db.model.Manager;
import dev.jango.db.model.Model;
import dev.jango.db.model.Ref;

/** An author, published by one {@link Publisher}: table {@code author}, key column {@code publisher_id}. */
@Model(table = "author")
public class Author extends Entity {
    @Id public long id;
    @Char(max = 200) public String name;
    @ForeignKey(relatedName = "authors") public Ref<Publisher> publisher;

    public static final Manager<Author> objects = Manager.of(Author.class);
}

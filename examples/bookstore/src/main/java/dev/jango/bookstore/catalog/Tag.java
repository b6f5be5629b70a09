package dev.jango.bookstore.catalog;

import dev.jango.db.model.Char;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Id;
import dev.jango.db.model.Manager;
import dev.jango.db.model.Model;
import dev.jango.db.model.Unique;

/** A subject tag; books link to tags through {@link BookTag}. */
@Model(table = "tag")
public class Tag extends Entity {
    @Id public long id;
    @Unique @Char(max = 50) public String name;

    public static final Manager<Tag> objects = Manager.of(Tag.class);
}

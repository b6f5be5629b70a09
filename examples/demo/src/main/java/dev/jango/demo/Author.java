package dev.jango.demo;

import dev.jango.db.model.Char;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Id;
import dev.jango.db.model.Manager;
import dev.jango.db.model.Model;
import dev.jango.db.model.Null;
import dev.jango.db.model.Unique;
import java.time.LocalDate;

/** A demo author: the processor generates {@code AuthorMeta.AUTHOR}. */
@Model(ordering = "name")
public class Author extends Entity {
    @Id public long id;
    @Unique @Char(max = 100) public String name;
    @Null public LocalDate born;

    public static final Manager<Author> objects = Manager.of(Author.class);
}

package dev.jango.db.orm.rel;

import dev.jango.db.model.*;

/** A publisher: the far end of book → author → publisher. */
@Model(table = "rel_publisher")
public class Publisher extends Entity {
    @Id public long id;
    @Char(max = 40) public String name;

    public static final Manager<Publisher> objects = Manager.of(Publisher.class);
}

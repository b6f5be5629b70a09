package dev.jango.test.routing;

import dev.jango.db.model.Char;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Id;
import dev.jango.db.model.Indexed;
import dev.jango.db.model.Manager;
import dev.jango.db.model.Model;

/** A row whose name says which database it was written to, so a read shows where it was routed. */
@Model(table = "shelf")
public class Shelf extends Entity {
    @Id public long id;
    @Char(max = 40) @Indexed public String name;

    public static final Manager<Shelf> objects = Manager.of(Shelf.class);
}

package dev.jango.web.dbtest;

import dev.jango.db.model.Char;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Id;
import dev.jango.db.model.Manager;
import dev.jango.db.model.Model;

/** A one-table model for request-flow tests against real databases. */
@Model
public class Shelf extends Entity {
    @Id public long id;
    @Char(max = 100) public String title;

    public static final Manager<Shelf> objects = Manager.of(Shelf.class);
}

package dev.jango.web.dbtest;

import dev.jango.db.model.Char;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Id;
import dev.jango.db.model.Manager;
import dev.jango.db.model.Model;
import dev.jango.db.model.Unique;

/** A model with a unique field, for the generic edit views against real databases. */
@Model(table = "webtest_label")
public class Label extends Entity {
    @Id public long id;
    @Unique @Char(max = 40) public String name;

    public static final Manager<Label> objects = Manager.of(Label.class);
}

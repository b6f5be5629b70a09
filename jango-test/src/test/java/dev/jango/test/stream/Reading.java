package dev.jango.test.stream;

import dev.jango.db.model.Char;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Id;
import dev.jango.db.model.Manager;
import dev.jango.db.model.Model;

/** A narrow row, inserted a million times to prove that streaming keeps memory flat. */
@Model(table = "reading")
public class Reading extends Entity {
    @Id public long id;
    public long seq;
    @Char(max = 40) public String label;

    public static final Manager<Reading> objects = Manager.of(Reading.class);
}

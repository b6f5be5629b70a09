package dev.jango.migrations.fk.lib;

import dev.jango.db.model.Char;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Id;
import dev.jango.db.model.Model;

/** The referenced model, in its own app ("lib"). */
@Model(table = "fk_writer")
public class Writer extends Entity {
    @Id public long id;
    @Char(max = 60) public String name;
}

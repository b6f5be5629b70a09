package dev.jango.migrations.m2m;

import dev.jango.db.model.Char;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Id;
import dev.jango.db.model.Model;

/** The other side of the many-to-many. */
@Model(table = "mm_genre")
public class Genre extends Entity {
    @Id public long id;
    @Char(max = 40) public String name;
}

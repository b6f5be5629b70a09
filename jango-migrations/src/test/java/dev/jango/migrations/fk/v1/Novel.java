package dev.jango.migrations.fk.v1;

import dev.jango.db.model.Char;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Id;
import dev.jango.db.model.Model;

/** The referencing model before it has its foreign key. */
@Model(table = "fk_novel")
public class Novel extends Entity {
    @Id public long id;
    @Char(max = 60) public String title;
}

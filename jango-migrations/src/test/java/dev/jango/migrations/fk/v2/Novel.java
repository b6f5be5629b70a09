package dev.jango.migrations.fk.v2;

import dev.jango.db.model.Char;
import dev.jango.db.model.Entity;
import dev.jango.db.model.ForeignKey;
import dev.jango.db.model.Id;
import dev.jango.db.model.Model;
import dev.jango.db.model.Null;
import dev.jango.db.model.OnDelete;
import dev.jango.db.model.Ref;
import dev.jango.migrations.fk.lib.Writer;

/** Version 2: a nullable foreign key to another app's model. */
@Model(table = "fk_novel")
public class Novel extends Entity {
    @Id public long id;
    @Char(max = 60) public String title;
    @Null @ForeignKey(onDelete = OnDelete.SET_NULL, relatedName = "novels") public Ref<Writer> writer;
}

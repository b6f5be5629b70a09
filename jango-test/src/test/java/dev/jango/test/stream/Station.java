package dev.jango.test.stream;

import dev.jango.db.model.Char;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Id;
import dev.jango.db.model.Manager;
import dev.jango.db.model.Model;

/** Where a {@link Sample} was taken: joined into a million-row stream by selectRelated. */
@Model(table = "station")
public class Station extends Entity {
    @Id public long id;
    @Char(max = 20) public String name;

    public static final Manager<Station> objects = Manager.of(Station.class);
}

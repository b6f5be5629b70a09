package dev.jango.db.orm.deletion;

import dev.jango.db.model.*;

/** A song's genre; deleting one sets its songs to genre 1 (SET_DEFAULT). */
@Model(table = "del_genre")
public class Genre extends Entity {
    @Id public long id;
    @Char(max = 40) public String name;

    public static final Manager<Genre> objects = Manager.of(Genre.class);
}

package dev.jango.db.orm.deletion;

import dev.jango.db.model.*;

/** The top of the cascade chain artist → album → sticker, artist → song. */
@Model(table = "del_artist")
public class Artist extends Entity {
    @Id public long id;
    @Char(max = 40) public String name;

    public static final Manager<Artist> objects = Manager.of(Artist.class);
}

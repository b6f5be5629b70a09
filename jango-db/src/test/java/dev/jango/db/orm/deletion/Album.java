package dev.jango.db.orm.deletion;

import dev.jango.db.model.*;

/** An artist's album: goes with its artist (CASCADE). */
@Model(table = "del_album")
public class Album extends Entity {
    @Id public long id;
    @Char(max = 40) public String name;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "albums") public Ref<Artist> artist;

    public static final Manager<Album> objects = Manager.of(Album.class);
}

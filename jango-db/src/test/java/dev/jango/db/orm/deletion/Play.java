package dev.jango.db.orm.deletion;

import dev.jango.db.model.*;

/** A play of a song; the ORM does nothing on delete (DO_NOTHING), the database's constraint decides. */
@Model(table = "del_play")
public class Play extends Entity {
    @Id public long id;
    @ForeignKey(onDelete = OnDelete.DO_NOTHING, relatedName = "plays") public Ref<Song> song;

    public static final Manager<Play> objects = Manager.of(Play.class);
}

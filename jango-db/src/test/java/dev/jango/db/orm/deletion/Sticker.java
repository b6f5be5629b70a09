package dev.jango.db.orm.deletion;

import dev.jango.db.model.*;

/** A leaf that goes with its album: deleted by its key alone when nobody listens (fast delete). */
@Model(table = "del_sticker")
public class Sticker extends Entity {
    @Id public long id;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "stickers") public Ref<Album> album;

    public static final Manager<Sticker> objects = Manager.of(Sticker.class);
}

package dev.jango.migrations.m2m;

import dev.jango.db.model.Entity;
import dev.jango.db.model.ForeignKey;
import dev.jango.db.model.Id;
import dev.jango.db.model.Model;
import dev.jango.db.model.OnDelete;
import dev.jango.db.model.Ref;

/** The through model: an ordinary model with two foreign keys. */
@Model(table = "mm_album_genre")
public class AlbumGenre extends Entity {
    @Id public long id;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "genreLinks") public Ref<Album> album;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "albumLinks") public Ref<Genre> genre;
}

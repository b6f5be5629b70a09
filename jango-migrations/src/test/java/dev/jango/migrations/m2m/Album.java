package dev.jango.migrations.m2m;

import dev.jango.db.model.Char;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Id;
import dev.jango.db.model.ManyToMany;
import dev.jango.db.model.Model;
import dev.jango.db.model.RelatedSet;

/** A model with a many-to-many through a declared model. */
@Model(table = "mm_album")
public class Album extends Entity {
    @Id public long id;
    @Char(max = 60) public String title;
    @ManyToMany(through = AlbumGenre.class, relatedName = "albums") public RelatedSet<Genre> genres;
}

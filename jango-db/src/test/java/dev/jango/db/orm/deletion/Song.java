package dev.jango.db.orm.deletion;

import dev.jango.db.model.*;

/**
 * A song restricts its album (RESTRICT) but goes with its artist (CASCADE): deleting the artist may take the
 * album along only when the album's songs are the artist's too. Its genre falls back to genre 1 (SET_DEFAULT).
 */
@Model(table = "del_song")
public class Song extends Entity {
    @Id public long id;
    @Char(max = 40) public String title;
    @ForeignKey(onDelete = OnDelete.RESTRICT, relatedName = "songs") public Ref<Album> album;
    @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "songs") public Ref<Artist> artist;
    @Default("1") @ForeignKey(onDelete = OnDelete.SET_DEFAULT, relatedName = "songs") public Ref<Genre> genre;

    public static final Manager<Song> objects = Manager.of(Song.class);
}

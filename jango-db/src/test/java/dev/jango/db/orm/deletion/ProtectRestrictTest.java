package dev.jango.db.orm.deletion;

import static dev.jango.db.orm.deletion.Music.album;
import static dev.jango.db.orm.deletion.Music.artist;
import static dev.jango.db.orm.deletion.Music.genre;
import static dev.jango.db.orm.deletion.Music.song;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.jango.db.connection.QueryLog;
import dev.jango.db.connection.Queries;
import dev.jango.db.model.Ref;
import dev.jango.db.orm.EachBackend;
import dev.jango.db.orm.OrmTest;
import dev.jango.db.query.ProtectedError;
import dev.jango.db.query.RestrictedError;
import java.util.List;

/** PROTECT refuses before any row is written; RESTRICT refuses unless a cascade of the same delete removes it. */
@OrmTest(models = {Artist.class, Genre.class, Album.class, Sticker.class, Song.class, Review.class, Fan.class,
        Play.class, Node.class, Profile.class})
class ProtectRestrictTest {

    @EachBackend
    void protectFoundThroughACascadeRefusesBeforeAnyDelete() {
        Artist abba = artist("ABBA");
        Album arrival = album("Arrival", abba);
        Music.sticker(arrival);
        Review review = Review.objects.create(r -> r.album = Ref.to(arrival));
        QueryLog log = Queries.capture(() -> {
            assertThatThrownBy(() -> Artist.objects.delete(abba))
                    .isInstanceOfSatisfying(ProtectedError.class, e -> {
                        assertThat(e).isNotInstanceOf(RestrictedError.class);
                        assertThat(e.field()).isEqualTo("Review.album");
                        assertThat(e.blocking()).containsExactly(review.id);
                    })
                    .hasMessage("cannot delete Album: Review rows [" + review.id + "] point at it through"
                            + " Review.album (on delete PROTECT)");
        });
        assertThat(log.statements()).noneMatch(q -> q.sql().startsWith("DELETE") || q.sql().startsWith("UPDATE"));
        assertThat(abba.isPersisted()).isTrue();
        assertThat(Artist.objects.all().count()).isEqualTo(1);
        assertThat(Album.objects.all().count()).isEqualTo(1);
        assertThat(Music.statements(log, "SELECT", "del_review")).hasSize(1);
    }

    @EachBackend
    void restrictIsAllowedWhenTheRestrictingRowsGoThroughACascade() {
        Genre pop = genre(1, "pop");
        Artist abba = artist("ABBA");
        Album arrival = album("Arrival", abba);
        song("Dancing Queen", arrival, abba, pop);   // restricts its album, but cascades from the same artist
        assertThat(Artist.objects.delete(abba).perModel())
                .containsOnly(entry("Song", 1), entry("Album", 1), entry("Artist", 1));
        assertThat(Song.objects.all().count()).isZero();
    }

    @EachBackend
    void restrictRefusesWhenTheRestrictingRowsStay() {
        Genre pop = genre(1, "pop");
        Artist abba = artist("ABBA");
        Artist guest = artist("Guest");
        Album arrival = album("Arrival", abba);
        Song cover = song("Cover", arrival, guest, pop);   // on ABBA's album, but by someone else
        assertThatThrownBy(() -> Artist.objects.delete(abba))
                .isInstanceOfSatisfying(RestrictedError.class, e -> {
                    assertThat(e.field()).isEqualTo("Song.album");
                    assertThat(e.blocking()).isEqualTo(List.of(cover.id));
                })
                .hasMessage("cannot delete Album: Song rows [" + cover.id + "] point at it through Song.album"
                        + " (on delete RESTRICT); they are not deleted by a cascade of this delete");
        assertThatThrownBy(() -> Album.objects.filter(AlbumMeta.ALBUM.name.eq("Arrival")).delete())
                .isInstanceOf(RestrictedError.class);
        assertThat(Album.objects.all().count()).isEqualTo(1);
        // deleting the guest too (one QuerySet delete) takes the cover along by cascade: allowed
        assertThat(Artist.objects.all().delete().perModel())
                .containsOnly(entry("Song", 1), entry("Album", 1), entry("Artist", 2));
    }
}

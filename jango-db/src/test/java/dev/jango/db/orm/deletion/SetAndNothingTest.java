package dev.jango.db.orm.deletion;

import static dev.jango.db.orm.deletion.FanMeta.FAN;
import static dev.jango.db.orm.deletion.Music.album;
import static dev.jango.db.orm.deletion.Music.artist;
import static dev.jango.db.orm.deletion.Music.genre;
import static dev.jango.db.orm.deletion.Music.song;
import static dev.jango.db.orm.deletion.SongMeta.SONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.jango.db.IntegrityError;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Ref;
import dev.jango.db.orm.EachBackend;
import dev.jango.db.orm.OrmTest;
import dev.jango.db.signals.Operation;
import dev.jango.db.signals.Signals;
import dev.jango.db.signals.Write;
import java.util.ArrayList;
import java.util.List;

/** SET_NULL and SET_DEFAULT update the pointing rows (and the write hooks see it); DO_NOTHING leaves it to the DB. */
@OrmTest(models = {Artist.class, Genre.class, Album.class, Sticker.class, Song.class, Review.class, Fan.class,
        Play.class, Node.class, Profile.class})
class SetAndNothingTest {

    @EachBackend
    void setNullKeepsTheFanAndTheHookSeesTheChangedRows() throws Exception {
        Artist abba = artist("ABBA");
        Artist other = artist("Other");
        Fan f1 = Fan.objects.create(f -> {
            f.name = "f1";
            f.favourite = Ref.to(abba);
        });
        Fan.objects.create(f -> {
            f.name = "f2";
            f.favourite = Ref.to(other);
        });
        List<Write<?>> writes = new ArrayList<>();
        Signals hooks = Signals.builder().hook(Entity.class, writes::add).build();
        assertThat(Signals.using(hooks, () -> Artist.objects.delete(abba)).perModel())
                .containsExactly(entry("Artist", 1));   // the fan was updated, not deleted
        assertThat(Fan.objects.get(FAN.id.eq(f1.id)).favourite).isNull();
        assertThat(Fan.objects.filter(FAN.favourite.isNull(false)).count()).isEqualTo(1);
        assertThat(writes).extracting(Write::operation)
                .containsExactly(Operation.DELETE, Operation.CASCADE_UPDATE);
        Write<?> update = writes.get(1);
        assertThat(update.model().name()).isEqualTo("Fan");
        assertThat(update.rows()).isEqualTo(1);
        assertThat(update.query().list()).extracting(f -> ((Fan) f).name).containsExactly("f1");
    }

    @EachBackend
    void setDefaultPointsTheSongsAtTheDeclaredDefault() {
        Genre unknown = genre(1, "unknown");
        Genre disco = genre(2, "disco");
        Artist abba = artist("ABBA");
        Album arrival = album("Arrival", abba);
        Song s = song("Dancing Queen", arrival, abba, disco);
        song("Tiger", arrival, abba, unknown);
        assertThat(Genre.objects.delete(disco).perModel()).containsExactly(entry("Genre", 1));
        assertThat(Song.objects.get(SONG.id.eq(s.id)).genre.id()).isEqualTo(1L);
        assertThat(Song.objects.filter(SONG.genre.eq(1L)).count()).isEqualTo(2);
    }

    @EachBackend
    void doNothingLeavesItToTheDatabaseConstraint() {
        Genre pop = genre(1, "pop");
        Artist abba = artist("ABBA");
        Song s = song("Waterloo", album("Waterloo", abba), abba, pop);
        Play.objects.create(p -> p.song = Ref.to(s));
        // the ORM does not touch the play; the plain foreign key constraint refuses the delete, atomically
        assertThatThrownBy(() -> Artist.objects.delete(abba)).isInstanceOf(IntegrityError.class);
        assertThat(Song.objects.all().count()).isEqualTo(1);
        assertThat(Album.objects.all().count()).isEqualTo(1);
        assertThat(Artist.objects.all().count()).isEqualTo(1);
        Play.objects.all().delete();
        assertThat(Artist.objects.delete(abba).total()).isEqualTo(3);
    }
}

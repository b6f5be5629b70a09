package dev.jango.db.orm.deletion;

import static dev.jango.db.orm.deletion.Music.album;
import static dev.jango.db.orm.deletion.Music.artist;
import static dev.jango.db.orm.deletion.Music.genre;
import static dev.jango.db.orm.deletion.Music.song;
import static dev.jango.db.orm.deletion.Music.sticker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.jango.db.connection.QueryLog;
import dev.jango.db.connection.Queries;
import dev.jango.db.deletion.DeleteResult;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Ref;
import dev.jango.db.orm.EachBackend;
import dev.jango.db.orm.OrmTest;
import dev.jango.db.signals.Signals;
import java.util.ArrayList;
import java.util.List;

/** CASCADE chains send preDelete / postDelete for every row, in delete order, and report counts per model. */
@OrmTest(models = {Artist.class, Genre.class, Album.class, Sticker.class, Song.class, Review.class, Fan.class,
        Play.class, Node.class, Profile.class})
class CascadeSignalsTest {

    @EachBackend
    void everyCascadedRowGetsItsSignalsAndTheCountsArePerModel() throws Exception {
        Genre pop = genre(1, "pop");
        Artist abba = artist("ABBA");
        Artist other = artist("Other");
        Album arrival = album("Arrival", abba);
        Album voulez = album("Voulez-Vous", abba);
        Album kept = album("Kept", other);
        Sticker s1 = sticker(arrival);
        Sticker s2 = sticker(arrival);
        sticker(kept);
        Song dancing = song("Dancing Queen", arrival, abba, pop);
        Song chiquitita = song("Chiquitita", voulez, abba, pop);
        song("Stays", kept, other, pop);

        List<String> events = new ArrayList<>();
        Signals signals = Signals.builder()
                .preDelete(Entity.class, (m, row) -> events.add("pre " + m.name() + " " + m.pk().get(row)))
                .postDelete(Entity.class, (m, row) -> events.add("post " + m.name() + " " + m.pk().get(row)
                        + (row.isPersisted() ? " still persisted" : "")))
                .hook(Entity.class, w -> events.add("hook " + w.operation() + " " + w.model().name() + " "
                        + w.rows() + " " + w.objects().size()))
                .build();
        DeleteResult result = Signals.using(signals, () -> Artist.objects.delete(abba));

        assertThat(result.perModel()).containsOnly(entry("Song", 2), entry("Sticker", 2), entry("Album", 2),
                entry("Artist", 1));
        assertThat(result.total()).isEqualTo(7);
        assertThat(result.count(ArtistMeta.ARTIST)).isEqualTo(1);
        List<String> posts = events.stream().filter(e -> e.startsWith("post")).toList();
        assertThat(posts).containsExactlyInAnyOrder("post Song " + dancing.id, "post Song " + chiquitita.id,
                "post Sticker " + s1.id, "post Sticker " + s2.id, "post Album " + arrival.id,
                "post Album " + voulez.id, "post Artist " + abba.id);
        assertThat(events.subList(0, 7)).allMatch(e -> e.startsWith("pre "));   // every pre before any delete
        // children before parents: songs (RESTRICT) and stickers before their albums, albums before the artist
        assertThat(posts.indexOf("post Song " + dancing.id)).isLessThan(posts.indexOf("post Album " + arrival.id));
        assertThat(posts.indexOf("post Sticker " + s1.id)).isLessThan(posts.indexOf("post Album " + arrival.id));
        assertThat(posts.getLast()).isEqualTo("post Artist " + abba.id);
        assertThat(abba.isPersisted()).isFalse();
        assertThat(events.stream().filter(e -> e.startsWith("hook"))).containsExactlyInAnyOrder(
                "hook DELETE Artist 1 1", "hook CASCADE_DELETE Song 2 2", "hook CASCADE_DELETE Sticker 2 2",
                "hook CASCADE_DELETE Album 2 2");

        assertThat(Artist.objects.all().count()).isEqualTo(1);
        assertThat(Album.objects.all().count()).isEqualTo(1);
        assertThat(Song.objects.all().count()).isEqualTo(1);
        assertThat(Sticker.objects.all().count()).isEqualTo(1);
    }

    @EachBackend
    void queryDeletesCollectTooAlsoThroughAOneToOne() {
        Genre pop = genre(1, "pop");
        Artist a = artist("A");
        Artist b = artist("B");
        song("x", album("ax", a), a, pop);
        song("y", album("by", b), b, pop);
        Profile.objects.create(p -> {
            p.bio = "one-to-one";
            p.artist = Ref.to(a);
        });
        DeleteResult r = Artist.objects.filter(ArtistMeta.ARTIST.name.in("A", "B")).delete();
        assertThat(r.perModel()).containsOnly(entry("Song", 2), entry("Album", 2), entry("Profile", 1),
                entry("Artist", 2));
        assertThat(Profile.objects.all().count()).isZero();
        assertThat(Song.objects.all().count()).isZero();
    }

    @EachBackend
    void aLeafNobodyListensToIsDeletedByItsKeyWithoutReadingIt() {
        Album a = album("A", artist("X"));
        sticker(a);
        sticker(a);
        QueryLog log = Queries.capture(() -> {
            assertThat(Album.objects.delete(a).perModel()).containsExactly(entry("Sticker", 2), entry("Album", 1));
        });
        assertThat(Music.statements(log, "SELECT", "del_sticker")).isEmpty();
        assertThat(Music.statements(log, "DELETE", "del_sticker")).hasSize(1);
        assertThat(Music.statements(log, "DELETE", "del_album")).hasSize(1);
    }

    @EachBackend
    void aModelWithoutActionsIsOneStatement() {
        Genre pop = genre(1, "pop");
        Artist x = artist("X");
        song("s", album("A", x), x, pop);
        QueryLog log = Queries.capture(() -> {
            assertThat(Song.objects.all().delete().total()).isEqualTo(1);
        });
        assertThat(log.count()).isEqualTo(1);
        assertThat(log.statements().getFirst().sql()).startsWith("DELETE");
    }

    @EachBackend
    void deletingAnUnsavedInstanceIsRefusedBeforeAnySql() {
        QueryLog log = Queries.capture(() -> {
            assertThatThrownBy(() -> Artist.objects.delete(new Artist()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("cannot delete this Artist: Artist.id is not set, so it was never saved");
        });
        assertThat(log.count()).isZero();
    }
}

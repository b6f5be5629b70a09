package dev.jango.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.db.connection.BoundValue;
import dev.jango.migrations.executor.Executor;
import dev.jango.migrations.executor.Target;
import dev.jango.migrations.graph.MigrationGraph;
import dev.jango.migrations.m2m.AlbumGenreMeta;
import dev.jango.migrations.m2m.AlbumMeta;
import dev.jango.migrations.m2m.GenreMeta;
import dev.jango.migrations.operations.CreateModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A many-to-many through table is an ordinary model: created after the tables it references, deletes cascade. */
class ManyToManyMigrationTest {
    static Stream<String> vendors() {
        return TestDb.vendors().stream();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("vendors")
    void throughTableCreatedAfterBothSides(String vendor) throws Exception {
        Path dir = Files.createTempDirectory("jango-m2m");
        List<String> log = new ArrayList<>();
        // The through model listed first: creation order must still put it last.
        Workspace ws = new Workspace(List.of(new AppMigrations("music", dir,
                List.of(AlbumGenreMeta.ALBUM_GENRE, AlbumMeta.ALBUM, GenreMeta.GENRE))));
        var made = MakeMigrations.run(ws, MakeMigrations.Options.defaults(), log::add).made().get("music");
        assertThat(made.getFirst().operations()).last().isInstanceOfSatisfying(CreateModel.class,
                c -> assertThat(c.table().name()).isEqualTo("mm_album_genre"));
        try (TestDb db = TestDb.open(vendor)) {
            Executor ex = new Executor(db.database, db.editor, Executor.Options.defaults(), log::add);
            MigrationGraph graph = ws.graph(ex.applied().keySet());
            ex.migrate(graph, ex.plan(graph, Target.latest()), Executor.Mode.RUN);
            var q = db.editor;
            db.database.update("INSERT INTO " + q.quote("mm_album") + " (" + q.quote("title") + ") VALUES (?)",
                    List.of(BoundValue.of("Kind of Blue")));
            db.database.update("INSERT INTO " + q.quote("mm_genre") + " (" + q.quote("name") + ") VALUES (?)",
                    List.of(BoundValue.of("jazz")));
            db.database.update("INSERT INTO " + q.quote("mm_album_genre") + " (" + q.quote("album_id") + ", "
                    + q.quote("genre_id") + ") SELECT a." + q.quote("id") + ", g." + q.quote("id") + " FROM "
                    + q.quote("mm_album") + " a, " + q.quote("mm_genre") + " g", List.of());
            db.database.update("DELETE FROM " + q.quote("mm_album"), List.of());
            long links = db.database.query("SELECT count(*) FROM " + q.quote("mm_album_genre"), List.of(),
                    rs -> rs.next() ? rs.getLong(1) : -1L);
            assertThat(links).as("ON DELETE CASCADE from the through table's key").isZero();
        }
    }
}

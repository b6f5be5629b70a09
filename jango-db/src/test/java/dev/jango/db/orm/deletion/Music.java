package dev.jango.db.orm.deletion;

import dev.jango.db.connection.QueryLog;
import dev.jango.db.model.Ref;
import java.util.List;

/** Builders for the deletion models, and a filter over captured statements. */
final class Music {
    private Music() {
    }

    static Genre genre(long id, String name) {
        Genre g = new Genre();
        g.id = id;   // explicit keys: SET_DEFAULT points at genre 1
        g.name = name;
        return Genre.objects.save(g);
    }

    static Artist artist(String name) {
        return Artist.objects.create(a -> a.name = name);
    }

    static Album album(String name, Artist artist) {
        return Album.objects.create(a -> {
            a.name = name;
            a.artist = Ref.to(artist);
        });
    }

    static Song song(String title, Album album, Artist artist, Genre genre) {
        return Song.objects.create(s -> {
            s.title = title;
            s.album = Ref.to(album);
            s.artist = Ref.to(artist);
            s.genre = Ref.to(genre);
        });
    }

    static Sticker sticker(Album album) {
        return Sticker.objects.create(s -> s.album = Ref.to(album));
    }

    static Node node(String name, Node parent) {
        return Node.objects.create(n -> {
            n.name = name;
            n.parent = parent == null ? null : Ref.to(parent);
        });
    }

    /** The statements of {@code log} that start with {@code verb} and name {@code table}. */
    static List<String> statements(QueryLog log, String verb, String table) {
        return log.statements().stream().map(q -> q.sql())
                .filter(sql -> sql.startsWith(verb) && sql.contains(table)).toList();
    }
}

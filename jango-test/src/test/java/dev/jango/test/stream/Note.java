package dev.jango.test.stream;

import dev.jango.db.model.Char;
import dev.jango.db.model.Entity;
import dev.jango.db.model.ForeignKey;
import dev.jango.db.model.Id;
import dev.jango.db.model.Manager;
import dev.jango.db.model.Model;
import dev.jango.db.model.Ref;

/** A note on one sample in a thousand: the reverse relation prefetched per chunk while streaming. */
@Model(table = "note")
public class Note extends Entity {
    @Id public long id;
    @ForeignKey(relatedName = "notes") public Ref<Sample> sample;
    @Char(max = 40) public String text;

    public static final Manager<Note> objects = Manager.of(Note.class);
}

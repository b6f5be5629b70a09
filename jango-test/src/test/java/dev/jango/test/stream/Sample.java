package dev.jango.test.stream;

import dev.jango.db.model.Entity;
import dev.jango.db.model.ForeignKey;
import dev.jango.db.model.Id;
import dev.jango.db.model.Manager;
import dev.jango.db.model.Model;
import dev.jango.db.model.Ref;

/** A row streamed a million times with its station joined and its notes prefetched per chunk. */
@Model(table = "sample")
public class Sample extends Entity {
    @Id public long id;
    public long seq;
    @ForeignKey(relatedName = "samples") public Ref<Station> station;

    public static final Manager<Sample> objects = Manager.of(Sample.class);
}

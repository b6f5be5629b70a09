package dev.jango.bookstore.catalog;

import dev.jango.db.model.Char;
import dev.jango.db.model.Entity;
import dev.jango.db.model.ForeignKey;
import dev.jango.db.model.Id;
import dev.jango.db.model.Manager;
import dev.jango.db.model.Model;
import dev.jango.db.model.Ref;

/** A publisher in a {@link Country}: table {@code publisher}, key column {@code country_id}. */
@Model(table = "publisher")
public class Publisher extends Entity {
    @Id public long id;
    @Char(max = 200) public String name;
    @ForeignKey(relatedName = "publishers") public Ref<Country> country;

    public static final Manager<Publisher> objects = Manager.of(Publisher.class);
}

package dev.jango.bookstore.catalog;

import dev.jango.db.model.Char;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Id;
import dev.jango.db.model.Manager;
import dev.jango.db.model.Model;
import dev.jango.db.model.Unique;

/** A country publishers are based in: table {@code country}, two-letter unique {@code code}. */
@Model(table = "country")
public class Country extends Entity {
    @Id public long id;
    @Char(max = 100) public String name;
    @Unique @Char(max = 2) public String code;

    public static final Manager<Country> objects = Manager.of(Country.class);
}

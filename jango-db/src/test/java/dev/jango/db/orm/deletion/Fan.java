package dev.jango.db.orm.deletion;

import dev.jango.db.model.*;

/** A fan outlives a deleted favourite artist (SET_NULL). */
@Model(table = "del_fan")
public class Fan extends Entity {
    @Id public long id;
    @Char(max = 40) public String name;
    @Null @ForeignKey(onDelete = OnDelete.SET_NULL, relatedName = "fans") public Ref<Artist> favourite;

    public static final Manager<Fan> objects = Manager.of(Fan.class);
}

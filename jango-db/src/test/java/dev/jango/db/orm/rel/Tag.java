package dev.jango.db.orm.rel;

import dev.jango.db.model.*;

/** A tag on books, in a category. */
@Model(table = "rel_tag")
public class Tag extends Entity {
    @Id public long id;
    @Char(max = 40) public String name;
    @Null @ForeignKey(onDelete = OnDelete.SET_NULL, relatedName = "tags") public Ref<Category> category;

    public static final Manager<Tag> objects = Manager.of(Tag.class);
}

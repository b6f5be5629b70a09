package dev.jango.db.orm.rel;

import dev.jango.db.model.*;

/** A tag's category: the nested step of tags → category. */
@Model(table = "rel_category")
public class Category extends Entity {
    @Id public long id;
    @Char(max = 40) public String name;

    public static final Manager<Category> objects = Manager.of(Category.class);
}

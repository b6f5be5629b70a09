package dev.jango.demo.relations;

import dev.jango.db.model.Char;
import dev.jango.db.model.Entity;
import dev.jango.db.model.ForeignKey;
import dev.jango.db.model.Id;
import dev.jango.db.model.Manager;
import dev.jango.db.model.Model;
import dev.jango.db.model.Null;
import dev.jango.db.model.OnDelete;
import dev.jango.db.model.Ref;

/** A self-referencing model: deleting a parent leaves its children without one. */
@Model
public class Category extends Entity {
    @Id public long id;
    @Char(max = 40) public String name;
    @Null @ForeignKey(onDelete = OnDelete.SET_NULL, relatedName = "children") public Ref<Category> parent;

    public static final Manager<Category> objects = Manager.of(Category.class);
}

package dev.jango.db.orm.deletion;

import dev.jango.db.model.*;

/** A self-referencing tree: deleting a node deletes its subtree (CASCADE), deepest level first. */
@Model(table = "del_node")
public class Node extends Entity {
    @Id public long id;
    @Char(max = 40) public String name;
    @Null @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "children") public Ref<Node> parent;

    public static final Manager<Node> objects = Manager.of(Node.class);
}

package dev.jango.db.orm.rel;

import dev.jango.db.meta.TypeKeys;
import dev.jango.db.model.*;
import java.util.Map;

/** A comment on a book, an author or a tag: a polymorphic reference whose type keys the application declares. */
@Model(table = "rel_comment")
public class Comment extends Entity {
    static final TypeKeys TARGETS = TypeKeys.of(Map.of("book", BookMeta.BOOK, "author", AuthorMeta.AUTHOR,
            "tag", TagMeta.TAG));

    @Id public long id;
    @Char(max = 40) public String body;
    @Polymorphic(types = "TARGETS") public GenericRef<Entity> target;

    public static final Manager<Comment> objects = Manager.of(Comment.class);
}

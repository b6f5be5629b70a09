package dev.jango.demo.relations;

import dev.jango.db.meta.TypeKeys;
import dev.jango.db.model.Entity;
import dev.jango.db.model.GenericRef;
import dev.jango.db.model.Id;
import dev.jango.db.model.Manager;
import dev.jango.db.model.Model;
import dev.jango.db.model.Polymorphic;
import dev.jango.db.model.Text;
import dev.jango.demo.AuthorMeta;
import dev.jango.demo.BookMeta;
import java.util.Map;

/** A comment on a book or an author: a polymorphic reference with application-declared type keys. */
@Model
public class Comment extends Entity {
    static final TypeKeys TARGETS = TypeKeys.of(Map.of("book", BookMeta.BOOK, "author", AuthorMeta.AUTHOR));

    @Id public long id;
    @Text public String body;
    @Polymorphic(types = "TARGETS") public GenericRef<Entity> target;

    public static final Manager<Comment> objects = Manager.of(Comment.class);
}

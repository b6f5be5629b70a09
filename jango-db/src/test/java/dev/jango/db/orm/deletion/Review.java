package dev.jango.db.orm.deletion;

import dev.jango.db.model.*;

/** A review protects its album (PROTECT), also when the album would go with its artist. */
@Model(table = "del_review")
public class Review extends Entity {
    @Id public long id;
    @ForeignKey(onDelete = OnDelete.PROTECT, relatedName = "reviews") public Ref<Album> album;

    public static final Manager<Review> objects = Manager.of(Review.class);
}

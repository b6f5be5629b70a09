package dev.jango.db.orm;

import dev.jango.db.model.Char;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Id;
import dev.jango.db.model.Manager;
import dev.jango.db.model.Model;

/** A second model for correlated subqueries: reviews point at a book by id. */
@Model(table = "orm_review")
public class Review extends Entity {
    @Id public long id;
    public long bookId;
    public int stars;
    @Char(max = 20) public String reviewer;

    public static final Manager<Review> objects = Manager.of(Review.class);

    static void add(long bookId, int stars, String reviewer) {
        Review.objects.create(r -> {
            r.bookId = bookId;
            r.stars = stars;
            r.reviewer = reviewer;
        });
    }
}

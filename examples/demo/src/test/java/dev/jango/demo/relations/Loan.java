package dev.jango.demo.relations;

import dev.jango.db.model.Char;
import dev.jango.db.model.Entity;
import dev.jango.db.model.ForeignKey;
import dev.jango.db.model.Id;
import dev.jango.db.model.Manager;
import dev.jango.db.model.Model;
import dev.jango.db.model.OnDelete;
import dev.jango.db.model.Ref;
import dev.jango.demo.Book;

/** A protected reference: a book on loan cannot be deleted. */
@Model
public class Loan extends Entity {
    @Id public long id;
    @Char(max = 40) public String borrower;
    @ForeignKey(onDelete = OnDelete.PROTECT, relatedName = "loans") public Ref<Book> book;

    public static final Manager<Loan> objects = Manager.of(Loan.class);
}

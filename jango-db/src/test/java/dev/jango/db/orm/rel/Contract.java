package dev.jango.db.orm.rel;

import dev.jango.db.model.*;

/** A contract protects its author from deletion, and its book (through the author's cascade) too. */
@Model(table = "rel_contract")
public class Contract extends Entity {
    @Id public long id;
    @ForeignKey(onDelete = OnDelete.PROTECT, relatedName = "contracts") public Ref<Author> author;
    @Null @ForeignKey(onDelete = OnDelete.RESTRICT, relatedName = "contracts") public Ref<Book> book;

    public static final Manager<Contract> objects = Manager.of(Contract.class);
}

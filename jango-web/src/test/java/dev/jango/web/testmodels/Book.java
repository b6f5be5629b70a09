package dev.jango.web.testmodels;

import dev.jango.db.model.Entity;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Test model with a hand-written metamodel ({@link BookMeta}), as the processor would generate it. */
public class Book extends Entity {
    public long id;
    public String title;
    public BigDecimal price;
    public LocalDate published;
    public String status = "draft";
    public String notes;
    public int pages;
    public boolean inPrint;
}

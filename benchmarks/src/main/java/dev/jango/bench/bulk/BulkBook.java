package dev.jango.bench.bulk;

import dev.jango.db.model.Char;
import dev.jango.db.model.Decimal;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Id;
import dev.jango.db.model.Manager;
import dev.jango.db.model.Model;
import dev.jango.db.model.Null;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The bulk benchmark's row: the fetch benchmark's eight columns, with a generated key. */
@Model(table = "bench_bulk_book")
public class BulkBook extends Entity {
    @Id public long id;
    @Char(max = 200) public String title;
    @Decimal(precision = 8, scale = 2) public BigDecimal price;
    public LocalDate published;
    public int pages;
    public boolean inPrint;
    public Instant created;
    @Null public Double rating;

    public static final Manager<BulkBook> objects = Manager.of(BulkBook.class);
}

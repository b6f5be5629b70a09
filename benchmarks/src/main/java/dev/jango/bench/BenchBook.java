package dev.jango.bench;

import dev.jango.db.model.Char;
import dev.jango.db.model.Decimal;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Id;
import dev.jango.db.model.Model;
import dev.jango.db.model.Null;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** The benchmark's row: eight columns of the common kinds, one of them nullable. */
@Model(table = "bench_book")
public class BenchBook extends Entity {
    @Id public long id;
    @Char(max = 200) public String title;
    @Decimal(precision = 8, scale = 2) public BigDecimal price;
    public LocalDate published;
    public int pages;
    public boolean inPrint;
    public Instant created;
    @Null public Double rating;

    /** Field-by-field equality, for the check that both fetch paths build the same objects. */
    public boolean sameAs(BenchBook o) {
        return id == o.id && title.equals(o.title) && price.compareTo(o.price) == 0 && published.equals(o.published)
                && pages == o.pages && inPrint == o.inPrint && created.equals(o.created)
                && Objects.equals(rating, o.rating);
    }
}

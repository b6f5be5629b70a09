package dev.jango.migrations.models;

import dev.jango.db.model.Char;
import dev.jango.db.model.Check;
import dev.jango.db.model.Decimal;
import dev.jango.db.model.Default;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Id;
import dev.jango.db.model.Index;
import dev.jango.db.model.Indexed;
import dev.jango.db.model.Keyed;
import dev.jango.db.model.Model;
import dev.jango.db.model.Null;
import dev.jango.db.model.Unique;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A processor-generated model for migration tests: Keyed enum default, indexes, a check. */
@Model(table = "zg_edition", indexes = @Index(name = "zg_edition_title_pub", fields = {"title", "-published"}),
        constraints = @Check(name = "zg_edition_price", condition = "price__gte=0"))
public class Edition extends Entity {
    @Id public long id;
    @Char(max = 120) @Unique public String title;
    @Decimal(precision = 8, scale = 2) @Default("0.00") public BigDecimal price;
    @Indexed @Null public LocalDate published;
    @Default("PAPERBACK") public Format format;
    @Default("true") public boolean inPrint;
    @Null public Instant archivedAt;

    /** Stored as its key. */
    public enum Format implements Keyed {
        PAPERBACK("pb"), HARDCOVER("hc"), EBOOK("ebook");

        private final String key;

        Format(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }
    }
}

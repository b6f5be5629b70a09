package dev.jango.web.testmodels;

import dev.jango.db.model.Blank;
import dev.jango.db.model.Char;
import dev.jango.db.model.Decimal;
import dev.jango.db.model.Default;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Id;
import dev.jango.db.model.Label;
import dev.jango.db.model.Model;
import dev.jango.db.model.Null;
import dev.jango.db.model.Unique;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A model compiled by the real processor, so model forms are tested against generated metamodels too. */
@Model(table = "webapp_gadget")
public class Gadget extends Entity {
    /** Stored by constant name. */
    public enum Size { SMALL, LARGE }

    @Id
    public long id;
    @Unique
    @Char(max = 30)
    @Label(value = "gadget name", help = "Shown in the catalogue")
    public String name;
    @Decimal(precision = 5, scale = 2)
    public BigDecimal price;
    @Default("SMALL")
    public Size size;
    @Null
    @Blank
    public LocalDate launched;
}

package dev.jango.test.orm;

import dev.jango.db.model.Char;
import dev.jango.db.model.Decimal;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Id;
import dev.jango.db.model.Json;
import dev.jango.db.model.Manager;
import dev.jango.db.model.Model;
import dev.jango.db.model.Null;
import dev.jango.db.model.Unique;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A processor-compiled model with one field of most kinds, used through the ORM on every backend. */
@Model(table = "gadget")
public class Gadget extends Entity {
    @Id public long id;
    @Char(max = 30) @Unique public String name;
    public boolean active;
    @Decimal(precision = 10, scale = 2) public BigDecimal price;
    public LocalDate released;
    public Instant seenAt;
    public LocalTime opensAt;
    public Duration warranty;
    public UUID serial;
    @Null @Json public String specs;
    @Null public byte[] firmware;
    public Colour colour;

    public static final Manager<Gadget> objects = Manager.of(Gadget.class);

    public enum Colour { BLACK, SILVER }
}

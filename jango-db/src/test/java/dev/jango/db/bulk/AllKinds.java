package dev.jango.db.bulk;

import dev.jango.db.model.Char;
import dev.jango.db.model.Decimal;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Id;
import dev.jango.db.model.Manager;
import dev.jango.db.model.Model;
import dev.jango.db.model.Null;
import dev.jango.db.model.Text;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** Every field kind with a bulk fast path on PostgreSQL, all nullable, to check values survive each transport. */
@Model(table = "bulk_all_kinds")
public class AllKinds extends Entity {
    @Id public long id;
    @Null public Integer small;
    @Null public Long big;
    @Null public Double real;
    @Null public Boolean flag;
    @Null @Decimal(precision = 20, scale = 6) public BigDecimal amount;
    @Null @Char(max = 12) public String code;
    @Null @Text public String body;
    @Null public LocalDate day;
    @Null public Instant moment;
    @Null public LocalTime clock;
    @Null public Duration span;
    @Null public UUID uid;
    @Null public byte[] blob;
    @Null public Mode mode;

    public static final Manager<AllKinds> objects = Manager.of(AllKinds.class);

    /** Stored under its constant name. */
    public enum Mode { ON, OFF }
}

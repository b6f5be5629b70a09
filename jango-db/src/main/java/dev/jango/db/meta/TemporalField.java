package dev.jango.db.meta;

import dev.jango.db.expr.DatePart;
import dev.jango.db.expr.Expression;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** A date, date-time or time field: comparable, with date-part lookups ({@code year}, {@code hour}, …). */
public abstract class TemporalField<M, T> extends ComparableField<M, T> {
    protected TemporalField(FieldSpec spec, Function<M, T> getter, BiConsumer<M, T> setter) {
        super(spec, getter, setter);
    }

    /** The part of the value named by {@code part}, as an integer expression to compare or order by. */
    public final Expression part(DatePart.Part part) {
        return new DatePart(part, ref());
    }

    /** {@code __year}: {@code BOOK.published.year().gte(2020)}. */
    public final Expression year() {
        return part(DatePart.Part.YEAR);
    }

    /** {@code __quarter}: 1–4. */
    public final Expression quarter() {
        return part(DatePart.Part.QUARTER);
    }

    /** {@code __month}: 1–12. */
    public final Expression month() {
        return part(DatePart.Part.MONTH);
    }

    /** {@code __week}: the ISO-8601 week number. */
    public final Expression week() {
        return part(DatePart.Part.WEEK);
    }

    /** {@code __day}: day of the month. */
    public final Expression day() {
        return part(DatePart.Part.DAY);
    }

    /** {@code __week_day}: 1 = Sunday … 7 = Saturday, as in Django. */
    public final Expression weekDay() {
        return part(DatePart.Part.WEEK_DAY);
    }

    /** {@code __hour} (UTC for date-times). */
    public final Expression hour() {
        return part(DatePart.Part.HOUR);
    }

    /** {@code __minute}. */
    public final Expression minute() {
        return part(DatePart.Part.MINUTE);
    }

    /** {@code __second} (whole seconds). */
    public final Expression second() {
        return part(DatePart.Part.SECOND);
    }
}

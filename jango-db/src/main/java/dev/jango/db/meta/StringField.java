package dev.jango.db.meta;

import dev.jango.db.expr.Condition;
import dev.jango.db.expr.Regex;
import dev.jango.db.expr.TextMatch;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** A char or text field, with the string lookups. */
public final class StringField<M> extends ComparableField<M, String> {
    public StringField(FieldSpec spec, Function<M, String> getter, BiConsumer<M, String> setter) {
        super(spec, getter, setter);
    }

    /** {@code iexact}: equal ignoring case. */
    public Condition iexact(String text) {
        return match(TextMatch.Mode.EXACT, true, text);
    }

    /** {@code contains}: case-sensitive substring; {@code %}, {@code _} and {@code \} match literally. */
    public Condition contains(String text) {
        return match(TextMatch.Mode.CONTAINS, false, text);
    }

    /** {@code icontains}: substring ignoring case. */
    public Condition icontains(String text) {
        return match(TextMatch.Mode.CONTAINS, true, text);
    }

    /** {@code startswith} (case-sensitive). */
    public Condition startsWith(String text) {
        return match(TextMatch.Mode.STARTS_WITH, false, text);
    }

    /** {@code istartswith}. */
    public Condition istartsWith(String text) {
        return match(TextMatch.Mode.STARTS_WITH, true, text);
    }

    /** {@code endswith} (case-sensitive). */
    public Condition endsWith(String text) {
        return match(TextMatch.Mode.ENDS_WITH, false, text);
    }

    /** {@code iendswith}. */
    public Condition iendsWith(String text) {
        return match(TextMatch.Mode.ENDS_WITH, true, text);
    }

    /** {@code regex}: the value matches the pattern somewhere (search, not full match). */
    public Condition regex(String pattern) {
        return new Regex(ref(), java.util.Objects.requireNonNull(pattern, "pattern"), false);
    }

    /** {@code iregex}: as {@link #regex}, ignoring case. */
    public Condition iregex(String pattern) {
        return new Regex(ref(), java.util.Objects.requireNonNull(pattern, "pattern"), true);
    }

    private Condition match(TextMatch.Mode mode, boolean caseInsensitive, String text) {
        if (text == null) {
            throw new IllegalArgumentException(this + ": text lookups need a value (use isNull for NULL)");
        }
        return new TextMatch(ref(), mode, caseInsensitive, text);
    }

    @Override
    public String read(ResultSet rs, int column, ValueReader reader) throws SQLException {
        return reader.readString(rs, column);
    }
}

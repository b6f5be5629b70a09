package dev.jango.db.meta;

/** One allowed value of a field with choices, and its label for forms and the admin. */
public record Choice(String value, String label) {
    /** Parses {@code "value"} or {@code "value=Label"}. */
    public static Choice parse(String spec) {
        int eq = spec.indexOf('=');
        return eq < 0 ? new Choice(spec, spec) : new Choice(spec.substring(0, eq), spec.substring(eq + 1));
    }
}

package dev.jango.web.settings;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which set of defaults {@link Settings} start from, chosen by {@code JANGO_PROFILE}. {@code BASE} holds the values
 * every profile shares; {@code DEV} adds debug and an insecure development key; {@code PROD} adds the secure
 * defaults (debug off, secret key required, secure cookies, HSTS, HTTPS redirect).
 *
 * <pre>{@code
 * Profile.parse("prod");   // PROD
 * Profile.parse("stage");  // ImproperlyConfigured: JANGO_PROFILE='stage' is not one of base, dev, prod
 * }</pre>
 */
public enum Profile {
    BASE, DEV, PROD;

    /** The profile named {@code value} (case-insensitive). */
    public static Profile parse(String value) {
        for (Profile p : values()) {
            if (p.name().equalsIgnoreCase(value.strip())) {
                return p;
            }
        }
        throw new ImproperlyConfigured("JANGO_PROFILE='" + value + "' is not one of "
                + String.join(", ", Arrays.stream(values()).map(Profile::label).toList()));
    }

    /** The lower-case name used in the environment. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

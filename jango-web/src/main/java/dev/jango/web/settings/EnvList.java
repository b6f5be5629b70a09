package dev.jango.web.settings;

import java.util.List;

/**
 * Parses the comma-separated lists used in environment variables and settings extras.
 *
 * <pre>{@code
 * EnvList.parse(" a, b,,c ");   // [a, b, c]
 * }</pre>
 */
public final class EnvList {
    private EnvList() {
    }

    public static List<String> parse(String value) {
        return EnvOverrides.list(value);
    }
}

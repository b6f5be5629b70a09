package dev.jango.web.settings;

/**
 * The settings (or the environment they are read from) are wrong. The message names the setting, the environment
 * variable and the bad value, because this error is read once at start-up by whoever deploys the project.
 *
 * <pre>{@code
 * throw new ImproperlyConfigured("PORT='80a' is not a port number (1-65535)");
 * }</pre>
 */
public final class ImproperlyConfigured extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImproperlyConfigured(String message) {
        super(message);
    }
}

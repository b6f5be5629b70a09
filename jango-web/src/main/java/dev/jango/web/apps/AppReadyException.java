package dev.jango.web.apps;

/**
 * An app's {@link App#ready} hook failed; start-up stops. The message names the app and the cause.
 *
 * <pre>{@code
 * // AppReadyException: app 'shop' failed in ready(): IllegalStateException: no payment provider configured
 * }</pre>
 */
public final class AppReadyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String label;

    public AppReadyException(String label, RuntimeException cause) {
        super("app '" + label + "' failed in ready(): " + cause.getClass().getSimpleName() + ": "
                + cause.getMessage(), cause);
        this.label = label;
    }

    /** The label of the app whose hook failed. */
    public String label() {
        return label;
    }
}

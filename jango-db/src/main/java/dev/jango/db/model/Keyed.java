package dev.jango.db.model;

/**
 * An enum whose constants are stored under stable keys rather than their Java names, so that renaming a
 * constant does not change stored data.
 *
 * <pre>{@code
 * enum Format implements Keyed {
 *     PAPERBACK("pb"), HARDCOVER("hc");
 *     private final String key;
 *     Format(String key) { this.key = key; }
 *     public String key() { return key; }
 * }
 * }</pre>
 */
public interface Keyed {
    String key();
}

package dev.jango.web.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The per-request session data. It is the one mutable object a request carries: a view changes it, and the session
 * middleware saves it after the view returns if it was modified. It belongs to one request thread; never share it.
 * Values must be JSON-serialisable (strings, numbers, booleans, lists and maps of those).
 *
 * <pre>{@code
 * Session s = request.session();
 * int visits = s.get("visits", Integer.class).orElse(0);
 * s.put("visits", visits + 1);
 * }</pre>
 */
public final class Session {
    private final Map<String, Object> data;
    private final String key;
    private boolean modified;
    private boolean cycled;

    /** A session loaded by a backend under {@code key} (empty for a new session). */
    public Session(String key, Map<String, Object> data) {
        this.key = key;
        this.data = new LinkedHashMap<>(data);
    }

    /** A new, empty session. */
    public static Session empty() {
        return new Session("", Map.of());
    }

    /** The backend's key for this session (empty if it was never saved). */
    public String key() {
        return key;
    }

    /** The value under {@code name} if present and of {@code type}. */
    public <T> Optional<T> get(String name, Class<T> type) {
        Object v = data.get(name);
        if (v instanceof Number n && Number.class.isAssignableFrom(type) && !type.isInstance(v)) {
            // JSON round-trips integers as the narrowest type; widen or narrow to what the caller asks for.
            v = type == Long.class ? (Object) n.longValue() : type == Integer.class ? (Object) n.intValue() : (Object) n.doubleValue();
        }
        return type.isInstance(v) ? Optional.of(type.cast(v)) : Optional.empty();
    }

    /** Stores {@code value} under {@code name}. */
    public void put(String name, Object value) {
        data.put(name, value);
        modified = true;
    }

    /** Removes {@code name}. */
    public void remove(String name) {
        if (data.remove(name) != null) {
            modified = true;
        }
    }

    /** Removes everything and asks the backend for a new key (log-out: defeats session fixation). */
    public void flush() {
        data.clear();
        modified = true;
        cycled = true;
    }

    /** Keeps the data but asks the backend for a new key (log-in: defeats session fixation). */
    public void cycleKey() {
        modified = true;
        cycled = true;
    }

    /** Whether the data changed during this request. */
    public boolean isModified() {
        return modified;
    }

    /** Whether a new key was asked for. */
    public boolean isCycled() {
        return cycled;
    }

    /** Whether there is no data. */
    public boolean isEmpty() {
        return data.isEmpty();
    }

    /** A read-only view of the data, for the backend to save. */
    public Map<String, Object> data() {
        return Collections.unmodifiableMap(data);
    }
}

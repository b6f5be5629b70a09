package dev.jango.db.query;

import java.util.List;

/**
 * A delete refused because rows point at the deleted ones through a PROTECT foreign key (or, as the subclass
 * {@link RestrictedError}, a RESTRICT one). Raised while the delete is collected, before anything is written;
 * the message names the model, the blocking field and (up to 20 of) the blocking rows' ids.
 *
 * <pre>{@code
 * try { Author.objects.delete(leGuin); }
 * catch (ProtectedError e) { e.field(); e.blocking(); }   // "Contract.author", [3]
 * }</pre>
 */
public class ProtectedError extends QueryException {
    private final String field;
    private final List<Object> blocking;

    public ProtectedError(String field, List<Object> blocking, String message) {
        super(message);
        this.field = field;
        this.blocking = List.copyOf(blocking);
    }

    /** The protecting foreign key ({@code Contract.author}). */
    public String field() {
        return field;
    }

    /** Primary keys of the blocking rows (at most 20). */
    public List<Object> blocking() {
        return blocking;
    }
}

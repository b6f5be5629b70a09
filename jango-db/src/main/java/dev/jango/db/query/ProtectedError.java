package dev.jango.db.query;

import java.util.List;

/**
 * A delete refused because rows point at the deleted ones through a PROTECT or RESTRICT foreign key. Raised before
 * anything is deleted; names the blocking field and (up to 20 of) the blocking rows' ids.
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

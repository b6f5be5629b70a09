package dev.jango.db.query;

import java.util.List;

/**
 * A delete refused because rows point at the deleted ones through a RESTRICT foreign key and no CASCADE of the
 * same delete removes them (Django's rule: deleting an artist may take its albums' RESTRICT-ed songs along when
 * the songs cascade from the artist too). Raised before anything is written. A {@link ProtectedError}, so code
 * that turns "this row is still in use" into a message catches both.
 *
 * <pre>{@code
 * try { Book.objects.delete(book); }
 * catch (RestrictedError e) { e.field(); e.blocking(); }   // "Contract.book", [7]
 * }</pre>
 */
public class RestrictedError extends ProtectedError {
    public RestrictedError(String field, List<Object> blocking, String message) {
        super(field, blocking, message);
    }
}

package dev.jango.db.model;

/**
 * Reading a relation that the query did not load. Strict loading makes every N+1 visible: the message names the
 * model, the field and the call that loads it ({@code add .selectRelated(BOOK.author)}).
 */
public final class RelationNotLoaded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RelationNotLoaded(String message) {
        super(message);
    }
}

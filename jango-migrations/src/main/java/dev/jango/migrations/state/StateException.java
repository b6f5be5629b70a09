package dev.jango.migrations.state;

/** A migration refers to a model, field, index or constraint the state does not have (or already has). */
public final class StateException extends RuntimeException {
    public StateException(String message) {
        super(message);
    }
}

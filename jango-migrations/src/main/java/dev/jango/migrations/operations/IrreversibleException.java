package dev.jango.migrations.operations;

/** Reversing an operation that has no reverse; the message names the operation and why. */
public final class IrreversibleException extends RuntimeException {
    public IrreversibleException(String message) {
        super(message);
    }
}

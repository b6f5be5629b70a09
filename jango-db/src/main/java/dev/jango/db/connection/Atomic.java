package dev.jango.db.connection;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * One level of an atomic block: the transaction's connection and the on-commit callbacks registered at this
 * level. A nested level hands its callbacks to its parent when it succeeds and drops them when it rolls back, so
 * only callbacks of levels that are still part of the transaction run after the outermost commit. Confined to the
 * thread that runs the block.
 */
final class Atomic {
    private final Connection connection;
    private final Atomic parent;
    private final List<Runnable> onCommit = new ArrayList<>();

    Atomic(Connection connection, Atomic parent) {
        this.connection = connection;
        this.parent = parent;
    }

    Connection connection() {
        return connection;
    }

    Atomic nested() {
        return new Atomic(connection, this);
    }

    void onCommit(Runnable callback) {
        onCommit.add(callback);
    }

    /** A nested level succeeded: its callbacks now wait for the parent's fate. */
    void released() {
        parent.onCommit.addAll(onCommit);
        onCommit.clear();
    }

    List<Runnable> callbacks() {
        return List.copyOf(onCommit);
    }
}

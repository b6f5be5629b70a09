package dev.jango.migrations.graph;

/** Migrations on disk that do not form a valid history: a missing dependency, a cycle, two heads, a bad target. */
public final class GraphException extends RuntimeException {
    public GraphException(String message) {
        super(message);
    }
}

package dev.jango.migrations.executor;

import dev.jango.migrations.graph.MigrationKey;

/** One migration to apply ({@code backwards == false}) or unapply. */
public record PlanStep(MigrationKey key, boolean backwards) {
    @Override
    public String toString() {
        return (backwards ? "Unapply " : "Apply ") + key;
    }
}

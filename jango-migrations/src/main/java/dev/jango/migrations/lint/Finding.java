package dev.jango.migrations.lint;

import dev.jango.migrations.graph.MigrationKey;

/** One rule violation: which rule, where (migration and 1-based operation), what and how to fix it. */
public record Finding(Rule rule, MigrationKey migration, int operation, String message) {
    @Override
    public String toString() {
        return rule.id() + " " + rule.slug() + " " + migration + " op " + operation + ": " + message;
    }
}

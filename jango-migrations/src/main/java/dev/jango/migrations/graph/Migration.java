package dev.jango.migrations.graph;

import dev.jango.migrations.operations.Operation;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One migration as read from its file.
 *
 * @param key          app and name
 * @param dependencies migrations that must be applied first (same app or others)
 * @param operations   in order
 * @param atomic       run in one transaction where DDL is transactional; false for concurrent index builds
 * @param initial      creates the app's first tables ({@code --fake-initial} may skip it when they exist)
 * @param replaces     for a squashed migration: the migrations it stands for
 * @param silenced     lint rule id → the written reason it is silenced here
 * @param hash         SHA-256 of the canonical content, recorded when applied to detect later edits
 */
public record Migration(MigrationKey key, List<MigrationKey> dependencies, List<Operation> operations, boolean atomic,
                        boolean initial, List<MigrationKey> replaces, Map<String, String> silenced, String hash) {
    public Migration {
        dependencies = List.copyOf(dependencies);
        operations = List.copyOf(operations);
        replaces = List.copyOf(replaces);
        silenced = java.util.Collections.unmodifiableMap(new TreeMap<>(silenced));
    }

    public String app() {
        return key.app();
    }

    public String name() {
        return key.name();
    }

    /** Whether every operation can be reversed. */
    public boolean reversible() {
        return operations.stream().allMatch(Operation::reversible);
    }
}

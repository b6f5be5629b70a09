/**
 * Loading migrations from disk and ordering them: the dependency graph, leaf (head) checks, squashed migrations
 * and plans to a target.
 *
 * <pre>{@code
 * MigrationGraph graph = MigrationGraph.of(Loader.load(dirsByApp), appliedKeys);
 * List<MigrationKey> plan = graph.forwardPlan(graph.leaves(), applied);
 * }</pre>
 */
package dev.jango.migrations.graph;

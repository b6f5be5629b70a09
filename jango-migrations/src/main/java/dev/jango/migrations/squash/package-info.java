/**
 * Squashing: many migrations of an app become one with a {@code replaces} list, its operations reduced by the
 * {@link dev.jango.migrations.squash.Optimizer} (create+add merged, add+remove cancelled, elidable data
 * operations dropped).
 *
 * <pre>{@code
 * Migration squashed = Squasher.squash(graph, "shop", "0001_initial", "0042_book_isbn");
 * }</pre>
 */
package dev.jango.migrations.squash;

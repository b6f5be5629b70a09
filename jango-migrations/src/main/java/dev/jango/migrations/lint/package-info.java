/**
 * The migration safety linter: rules with stable ids ({@code JM001}…), per dialect, that block operations which
 * lock or break a busy production table. A migration silences a rule only with a written reason, kept in its file.
 *
 * <pre>{@code
 * List<Finding> findings = Linter.lint(graph, "postgresql", keysToLint);
 * // JM009 shop.0004_book_title_idx op 1: index on existing table book built without CONCURRENTLY ...
 * }</pre>
 */
package dev.jango.migrations.lint;

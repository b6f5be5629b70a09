/**
 * Schema state: what each app's tables look like, as immutable values derived from the models or from a snapshot
 * file, and changed step by step by migration operations.
 *
 * <pre>{@code
 * ProjectState now = ProjectState.fromModels(Map.of("shop", List.of(BOOK, AUTHOR)));
 * now.model("shop", "Book").table().name();   // "book"
 * }</pre>
 */
package dev.jango.migrations.state;

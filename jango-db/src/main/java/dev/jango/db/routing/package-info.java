/**
 * Multiple databases: the {@link dev.jango.db.routing.DatabaseRouter} SPI that picks an alias per model for reads,
 * writes, relations and migrations, and the built-in {@link dev.jango.db.routing.PrimaryReplicaRouter}.
 *
 * <pre>{@code
 * Db.configure(urls, List.of(new PrimaryReplicaRouter("default", List.of("replica"))));
 * Book.objects.count();                        // a replica
 * Db.pinToPrimary(() -> { Book.objects.create(…); return Book.objects.count(); });   // the primary
 * }</pre>
 */
package dev.jango.db.routing;

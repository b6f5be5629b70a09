/**
 * Signals and write hooks: the one door every create, update and delete of the ORM passes through, inside the
 * write's own transaction, so audit trails and cache invalidation see every write, bulk ones included.
 *
 * <pre>{@code
 * Signals.install(Signals.builder()
 *         .postSave(Book.class, (model, book, created) -> audit.log(book))
 *         .hook((WriteHook<Entity>) w -> cache.evict(w.model()))
 *         .build());
 * }</pre>
 */
package dev.jango.db.signals;

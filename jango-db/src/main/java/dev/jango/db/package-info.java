/**
 * The database façade {@link dev.jango.db.Db} (configured aliases, routers, the current default) and the unchecked
 * exceptions every backend's errors are translated into ({@link dev.jango.db.IntegrityError} and its kinds,
 * {@link dev.jango.db.OperationalError}, …).
 *
 * <pre>{@code
 * Db.configure(Map.of("default", "sqlite:db.sqlite3"));
 * try { Db.database().update("INSERT INTO tag (name) VALUES (?)", List.of(BoundValue.of("sf"))); }
 * catch (UniqueViolation e) { … }
 * }</pre>
 */
package dev.jango.db;

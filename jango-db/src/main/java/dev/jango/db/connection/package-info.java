/**
 * Connections, transactions and statement counting: one {@link dev.jango.db.connection.Database} per alias
 * (a HikariCP pool, savepoint-nested {@code atomic} blocks, per-vendor value binding) and
 * {@link dev.jango.db.connection.Queries} scopes that record every statement; {@link dev.jango.db.connection.Cursor}
 * streams a result in constant memory.
 *
 * <pre>{@code
 * Database db = Database.open("default", "postgresql://app@localhost:5432/shop");
 * QueryLog log = Queries.capture(() -> db.atomic(() -> db.update("DELETE FROM cart", List.of())));
 * log.count();   // 1
 * try (Cursor<Long> ids = db.cursor("SELECT id FROM cart", List.of(), 1000, rs -> rs.getLong(1))) { … }
 * }</pre>
 */
package dev.jango.db.connection;

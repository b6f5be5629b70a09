/**
 * Connections, transactions and statement counting: one {@link dev.jango.db.connection.Database} per alias
 * (a HikariCP pool, savepoint-nested {@code atomic} blocks, per-vendor value binding) and
 * {@link dev.jango.db.connection.Queries} scopes that record every statement.
 *
 * <pre>{@code
 * Database db = Database.open("default", "postgresql://app@localhost:5432/shop");
 * QueryLog log = Queries.capture(() -> db.atomic(() -> db.update("DELETE FROM cart", List.of())));
 * log.count();   // 1
 * }</pre>
 */
package dev.jango.db.connection;

/**
 * Applying and unapplying migrations: plans to a target, the {@code jango_migrations} table with content
 * hashes, one transaction per migration where DDL is transactional, lock_timeout with retry on PostgreSQL, and a
 * statement-by-statement report when a non-transactional migration fails half-way (MariaDB).
 *
 * <pre>{@code
 * Executor ex = new Executor(Database.open("default", url + "?pool=1"), SchemaEditor.forVendor(Vendor.POSTGRESQL),
 *         Executor.Options.defaults(), out::println);
 * ex.migrate(graph, ex.plan(graph, Target.latest()), Executor.Mode.RUN);
 * }</pre>
 */
package dev.jango.migrations.executor;

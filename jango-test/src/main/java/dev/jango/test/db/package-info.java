/**
 * JUnit support for database tests: {@link dev.jango.test.db.DatabaseTest} + {@link dev.jango.test.db.BackendTest}
 * run each test on SQLite, PostgreSQL and MariaDB with fresh tables; {@link dev.jango.test.db.QueryAssertions}
 * enforces query budgets.
 *
 * <pre>{@code
 * @DatabaseTest(models = Book.class)
 * class BookTest {
 *     @BackendTest void loadsInOneQuery(Database db) throws Throwable {
 *         assertNumQueries(1, () -> Book.objects.all().list());
 *     }
 * }
 * }</pre>
 */
package dev.jango.test.db;

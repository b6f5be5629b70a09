package dev.jango.test.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the class's {@link BackendTest} methods once per database backend (SQLite, PostgreSQL, MariaDB), each on
 * fresh tables of the listed models.
 *
 * <pre>{@code
 * @DatabaseTest(models = {Author.class, Book.class})
 * class BookQueryTest {
 *     @BackendTest
 *     void countsBooks(Database db) {                  // also bound as Db.database() for the call
 *         Book.objects.create(…);
 *         assertThat(Book.objects.count()).isEqualTo(1);
 *     }
 * }
 * // reported as:  [sqlite] countsBooks(Database)   [postgresql] countsBooks(Database)   [mariadb] countsBooks(Database)
 * }</pre>
 *
 * <p><b>Isolation.</b> Every test starts with exactly the listed models' tables, empty, created in list order
 * (list referenced models first) by {@code SchemaEditor.forVendor(vendor).createModel(meta)}; anything a test
 * creates itself is gone before the next test. SQLite: a new database file per test. PostgreSQL: a schema per test
 * class (the pool's {@code search_path}), dropped and recreated before each test. MariaDB: a database per test
 * class, its tables dropped before each test. The per-class schema or database is dropped when the class ends.
 *
 * <p><b>Servers.</b> PostgreSQL is {@code JANGO_TEST_POSTGRES_URL}, else an embedded PostgreSQL started once per
 * JVM. MariaDB is {@code JANGO_TEST_MARIADB_URL}; when it is unset, MariaDB invocations are skipped with a message
 * saying so, except under {@code CI=true}, where any unavailable backend fails the test.
 *
 * @see BackendTest
 * @see QueryAssertions
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(DatabaseExtension.class)
public @interface DatabaseTest {
    /** Model classes ({@code @Model}, compiled with the Jango processor) whose tables each test gets. */
    Class<?>[] models() default {};

    /**
     * Fails a passing test when one read shape (same SQL text) ran this many times or more in it: the N+1 gate.
     * {@code 0} disables it; raise it for a test that loops reads on purpose.
     */
    int nPlusOneThreshold() default 5;
}

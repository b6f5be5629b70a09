package dev.jango.test.db;

import dev.jango.db.connection.Vendor;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;

/**
 * A test method of a {@link DatabaseTest} class that runs once per backend. A {@link dev.jango.db.connection.Database}
 * parameter receives the backend's database, which is also {@code Db.database()} during the call.
 *
 * <pre>{@code
 * @BackendTest
 * void savesBook(Database db) { … }
 *
 * @BackendTest(only = Vendor.POSTGRESQL)          // a PostgreSQL-only behaviour, gated here, not with if
 * void usesJsonbContainment(Database db) { … }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
public @interface BackendTest {
    /** The backends to run on; empty (the default) means all three. */
    Vendor[] only() default {};
}

package dev.jango.db.orm;

import dev.jango.db.model.Entity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs each {@link EachBackend} method of the class once per backend ({@code [sqlite]}, {@code [postgresql]},
 * {@code [mariadb]}), with the backend bound as {@code Db.database()} and fresh tables for {@link #models()}.
 * A minimal in-module twin of jango-test's {@code @DatabaseTest}, which jango-db cannot depend on (jango-test
 * depends on jango-db, and Maven refuses the cycle even in test scope).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Backends.class)
public @interface OrmTest {
    Class<? extends Entity>[] models();
}

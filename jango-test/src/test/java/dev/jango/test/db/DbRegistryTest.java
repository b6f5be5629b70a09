package dev.jango.test.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.Db;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.InvalidDatabaseUrl;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The set-once registry. This JVM's only {@code Db.configure} call happens here; the harness binds its databases
 * with {@code Db.using}, so it does not depend on it.
 */
class DbRegistryTest {

    @Test
    void configureOnceThenOverridePerCall() throws Exception {
        assertThatThrownBy(() -> Db.configure(Map.of("main", "sqlite::memory:")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no 'default' alias among [main]");
        assertThatThrownBy(() -> Db.configure(Map.of("default", "sqlite:")))
                .isInstanceOf(InvalidDatabaseUrl.class).hasMessageContaining("has no file path");

        Map<String, String> urls = Map.of("default", "sqlite::memory:", "other", "sqlite::memory:");
        Db.configure(urls);
        Db.configure(urls);   // the same configuration again is a no-op
        assertThatThrownBy(() -> Db.configure(Map.of("default", "sqlite:elsewhere.sqlite3")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already configured")
                .hasMessageContaining("Db.using");

        Database configured = Db.database();
        assertThat(configured.alias()).isEqualTo("default");
        assertThat(Db.database("other").alias()).isEqualTo("other");
        assertThatThrownBy(() -> Db.database("missing")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no database alias 'missing'").hasMessageContaining("other");

        try (Database scoped = Database.open("default", "sqlite::memory:")) {
            Database bound = Db.using(scoped, Db::database);
            Database byAlias = Db.using(scoped, () -> Db.database("default"));
            Database otherAlias = Db.using(scoped, () -> Db.database("other"));
            assertThat(bound).isSameAs(scoped);
            assertThat(byAlias).isSameAs(scoped);
            assertThat(otherAlias).isSameAs(Db.database("other"));
        }
        assertThat(Db.database()).as("the binding ends with the call").isSameAs(configured);
    }
}

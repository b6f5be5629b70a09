package dev.jango.db.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void parsesSqliteFilesAndMemory() {
        DatabaseUrl file = DatabaseUrl.parse("sqlite:path/to/db.sqlite3");
        assertThat(file.vendor()).isEqualTo(Vendor.SQLITE);
        assertThat(file.database()).isEqualTo("path/to/db.sqlite3");
        assertThat(file.jdbcUrl()).isEqualTo("jdbc:sqlite:path/to/db.sqlite3");
        assertThat(DatabaseUrl.parse("sqlite:///var/db.sqlite3").database()).isEqualTo("/var/db.sqlite3");
        DatabaseUrl memory = DatabaseUrl.parse("sqlite::memory:");
        assertThat(memory.inMemory()).isTrue();
        assertThat(memory.poolSize()).as("one shared connection").isEqualTo(1);
        assertThat(memory.withPoolSize(8).poolSize()).isEqualTo(1);
    }

    @Test
    void parsesServerUrls() {
        DatabaseUrl pg = DatabaseUrl.parse("postgresql://app:s%40cret@db.example:6432/shop?pool=20&sslmode=require");
        assertThat(pg.vendor()).isEqualTo(Vendor.POSTGRESQL);
        assertThat(pg.host()).isEqualTo("db.example");
        assertThat(pg.port()).isEqualTo(6432);
        assertThat(pg.database()).isEqualTo("shop");
        assertThat(pg.user()).isEqualTo("app");
        assertThat(pg.password()).isEqualTo("s@cret");
        assertThat(pg.poolSize()).isEqualTo(20);
        assertThat(pg.options()).isEqualTo(Map.of("sslmode", "require"));
        assertThat(pg.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6432/shop");
        assertThat(pg.toString()).doesNotContain("s@cret").contains("app:***@");

        assertThat(DatabaseUrl.parse("postgres://localhost/x").port()).isEqualTo(5432);
        DatabaseUrl maria = DatabaseUrl.parse("mariadb://root@127.0.0.1:3306/test");
        assertThat(maria.vendor()).isEqualTo(Vendor.MARIADB);
        assertThat(maria.password()).isEmpty();
        assertThat(DatabaseUrl.parse("mysql://u@h/d").vendor()).isEqualTo(Vendor.MARIADB);
        assertThat(DatabaseUrl.parse("mysql://u@h/d").port()).isEqualTo(3306);
    }

    @Test
    void badUrlsNameTheWrongPart() {
        assertThatThrownBy(() -> DatabaseUrl.parse("")).isInstanceOf(InvalidDatabaseUrl.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> DatabaseUrl.parse("oracle://h/db")).isInstanceOf(InvalidDatabaseUrl.class)
                .hasMessageContaining("unknown scheme 'oracle'");
        assertThatThrownBy(() -> DatabaseUrl.parse("localhost/db")).hasMessageContaining("has no scheme");
        assertThatThrownBy(() -> DatabaseUrl.parse("sqlite:")).hasMessageContaining("has no file path");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u:pw@h:99999/db"))
                .hasMessageContaining("port '99999'").hasMessageContaining("u:***@h").hasMessageNotContaining(":pw@");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u@h:abc/db")).hasMessageContaining("port 'abc'");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u@h:5432")).hasMessageContaining("no database name");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u@:5432/db")).hasMessageContaining("has no host");
        assertThatThrownBy(() -> DatabaseUrl.parse("mariadb:h/db")).hasMessageContaining("must start with mariadb://");
        assertThatThrownBy(() -> DatabaseUrl.parse("mariadb://h/db?pool=0")).hasMessageContaining("option pool='0'");
        assertThatThrownBy(() -> DatabaseUrl.parse("mariadb://h/db?ssl")).hasMessageContaining("option 'ssl'");
        assertThatThrownBy(() -> DatabaseUrl.parse("mariadb://u:%zz@h/db")).hasMessageContaining("password");
    }

    @Test
    void vendorsQuoteIdentifiersSafely() {
        assertThat(Vendor.POSTGRESQL.quote("order")).isEqualTo("\"order\"");
        assertThat(Vendor.SQLITE.quote("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(Vendor.MARIADB.quote("a`b")).isEqualTo("`a``b`");
        assertThatThrownBy(() -> Vendor.MARIADB.quote("")).isInstanceOf(IllegalArgumentException.class);
    }
}

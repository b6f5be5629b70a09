package dev.jango.web.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.web.testmodels.BookMeta;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DbShellCommandTest {
    @Test
    void postgresqlPasswordGoesInTheEnvironment() {
        DbShellCommand.Client c = DbShellCommand.client("postgresql://app:p%40ss@db.local:5433/shop");
        assertThat(c.command()).containsExactly("psql", "-h", "db.local", "-p", "5433", "-U", "app", "shop");
        assertThat(c.env()).containsExactly(Map.entry("PGPASSWORD", "p@ss"));
    }

    @Test
    void mariadbAndMysqlUseTheMariadbClient() {
        assertThat(DbShellCommand.client("mariadb://root@127.0.0.1:3306/test").command())
                .containsExactly("mariadb", "-h", "127.0.0.1", "-P", "3306", "-u", "root", "test");
        assertThat(DbShellCommand.client("mysql://u:pw@h/d").env()).containsEntry("MYSQL_PWD", "pw");
    }

    @Test
    void sqliteUsesTheFilePath() {
        assertThat(DbShellCommand.client("sqlite:db.sqlite3").command()).containsExactly("sqlite3", "db.sqlite3");
    }

    @Test
    void unknownSchemeIsNamedWithoutThePassword() {
        assertThatThrownBy(() -> DbShellCommand.client("oracle://scott:tiger@h/db"))
                .hasMessage("database URL 'oracle://scott:****@h/db' has scheme 'oracle';"
                        + " dbshell knows sqlite, postgresql, mariadb and mysql");
    }

    @Test
    void shellImportsModelsAndTheirMetamodels() {
        assertThat(ShellCommand.imports(List.of(BookMeta.BOOK))).contains(
                "import dev.jango.web.testmodels.Book;", "import static dev.jango.web.testmodels.BookMeta.*;");
    }
}

package dev.jango.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManageTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Project project = new Project(Path.of("."), Map.of("default", "sqlite::memory:"),
            List.of(AppSpec.of("shop", List.of()), AppSpec.of("blog", List.of())));

    private int run(String... args) {
        return Manage.run(project, new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void runsAProvidedCommandAgainstTheProject() {
        assertThat(run("apps")).isZero();
        assertThat(out.toString()).isEqualTo("shop 0\nblog 0\n".replace("\n", System.lineSeparator()));
    }

    @Test
    void commandExitCodeIsTheProcessExitCode() {
        assertThat(run("exit", "7")).isEqualTo(7);
    }

    @Test
    void aFailingCommandPrintsOneLineAndExitsWithOne() {
        assertThat(run("fail")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("error: the shop app has no models");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThat(run("frobnicate")).isEqualTo(Manage.USAGE);
        assertThat(err.toString()).contains("Unmatched argument", "frobnicate");
    }

    @Test
    void noCommandPrintsTheCommandList() {
        assertThat(run()).isEqualTo(Manage.USAGE);
        assertThat(err.toString()).contains("no command given", "apps", "exit", "fail", "quiet");
    }

    @Test
    void listsCommandNames() {
        assertThat(Manage.commandNames(project)).containsExactly("apps", "exit", "fail", "quiet");
    }

    @Test
    void projectRejectsDuplicateAndInvalidLabelsAndMissingDefaultDatabase() {
        assertThatThrownBy(() -> new Project(Path.of("."), Map.of("default", "x"),
                List.of(AppSpec.of("shop", List.of()), AppSpec.of("shop", List.of()))))
                .hasMessage("app label 'shop' is installed twice");
        assertThatThrownBy(() -> AppSpec.of("Shop-App", List.of()))
                .hasMessageContaining("app label 'Shop-App' is invalid");
        assertThatThrownBy(() -> new Project(Path.of("."), Map.of("replica", "x"), List.of()))
                .hasMessageContaining("have no 'default' alias");
    }

    @Test
    void requireAppNamesTheInstalledApps() {
        assertThat(project.requireApp("blog").label()).isEqualTo("blog");
        assertThatThrownBy(() -> project.requireApp("news")).hasMessage("no app 'news'; apps are: shop, blog");
    }

    @Test
    void bareProjectTakesTheDatabaseFromTheEnvironment() {
        Project bare = Project.bare(Path.of("/tmp/p"), Map.of("JANGO_DATABASE_URL", "postgresql://u@h:5432/d"));
        assertThat(bare.defaultDatabaseUrl()).isEqualTo("postgresql://u@h:5432/d");
        assertThat(Project.bare(Path.of("/tmp/p"), Map.of()).defaultDatabaseUrl()).isEqualTo("sqlite:/tmp/p/db.sqlite3");
        assertThat(Manage.loadProject(Path.of("/tmp/p"), Map.of()).apps()).isEmpty();
    }

    @Test
    void migrationsLocationDefaultsFromTheLabel() {
        AppSpec shop = AppSpec.of("shop", List.of());
        assertThat(shop.migrationsPackage()).isEqualTo("shop.migrations");
        assertThat(shop.migrationsDirectory()).isEqualTo(Path.of("src/main/resources/shop/migrations"));
    }

    @Test
    void theLauncherConfiguresDbOnlyForCommandsThatMayUseIt() {
        assertThat(Manage.run(project, "quiet")).isZero();
        assertThatThrownBy(dev.jango.db.Db::database).isInstanceOf(IllegalStateException.class);
        assertThat(Manage.run(project, "exit", "0")).isZero();
        assertThat(dev.jango.db.Db.database().alias()).isEqualTo("default");
    }
}

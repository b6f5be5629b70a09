package dev.jango.web.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.cli.Manage;
import dev.jango.db.meta.ModelMeta;
import dev.jango.web.apps.App;
import dev.jango.web.apps.AppRegistry;
import dev.jango.web.settings.Settings;
import dev.jango.web.testmodels.BookMeta;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckCommandTest {
    private static final String KEY = "k3y-with-enough-entropy-0123456789-abcdefghijklmnopqrstuvwxyz";
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static App app(String label, List<ModelMeta<?>> models, List<Check> checks) {
        return new App() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public List<ModelMeta<?>> models() {
                return models;
            }

            @Override
            public List<Check> checks() {
                return checks;
            }
        };
    }

    private int manage(Settings settings, List<App> apps, String... args) {
        AppRegistry registry = AppRegistry.load(settings, apps);
        return Manage.run(registry.toProject(Path.of(".")), new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void cleanProjectPassesCheck() {
        int code = manage(Settings.load(Map.of()), List.of(app("shop", List.of(BookMeta.BOOK), List.of())), "check");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("System check identified no issues (0 silenced).");
    }

    @Test
    void deployOnTheDevProfileReportsStableIdsAndFailsOnTheDevelopmentKey() {
        int code = manage(Settings.load(Map.of()), List.of(), "check", "--deploy");
        assertThat(code).isEqualTo(1);
        CheckRegistry.Result r = CheckRegistry.standard(AppRegistry.load(Settings.load(Map.of()), List.of())).run(true);
        assertThat(r.ids()).containsExactly("security.E100", "security.W004", "security.W008", "security.W012",
                "security.W016", "security.W018", "security.I102");
        assertThat(err.toString()).contains("?: (security.E100) the development secret key is in use",
                "HINT: set JANGO_SECRET_KEY", "check failed at level error");
        assertThat(out.toString()).contains("(security.W018)", "System check identified 7 issues (0 silenced).");
    }

    @Test
    void deployOnTheProdProfileIsCleanAndExitsZero() {
        Settings prod = Settings.load(Map.of("JANGO_PROFILE", "prod", "JANGO_SECRET_KEY", KEY,
                "JANGO_ALLOWED_HOSTS", "shop.example.com"));
        assertThat(manage(prod, List.of(), "check", "--deploy", "--fail-level", "INFO")).isZero();
        assertThat(out.toString()).contains("no issues");
    }

    @Test
    void warningsFailOnlyWithAWarningFailLevel() {
        Settings weak = Settings.load(Map.of("JANGO_PROFILE", "prod", "JANGO_SECRET_KEY", "short-key",
                "JANGO_ALLOWED_HOSTS", "*", "JANGO_HSTS_SECONDS", "0"));
        assertThat(manage(weak, List.of(), "check", "--deploy")).isZero();
        assertThat(out.toString()).contains("(security.W009)", "(security.W101)", "(security.W004)");
        assertThat(manage(weak, List.of(), "check", "--deploy", "--fail-level", "WARNING")).isEqualTo(1);
    }

    @Test
    void silencedChecksAreDroppedAndCounted() {
        Settings s = Settings.load(Map.of("JANGO_SILENCED_CHECKS", "security.E100,security.W018"));
        CheckRegistry.Result r = CheckRegistry.standard(AppRegistry.load(s, List.of())).run(true);
        assertThat(r.ids()).doesNotContain("security.E100", "security.W018");
        assertThat(r.silenced()).isEqualTo(2);
        assertThat(r.fails(CheckMessage.Level.ERROR)).isFalse();
    }

    @Test
    void appChecksRunAndTheirErrorsFailTheCommand() {
        Check custom = reg -> List.of(CheckMessage.error("shop.E001", "no currency configured", "set shop.currency")
                .on("shop"));
        int code = manage(Settings.load(Map.of()), List.of(app("shop", List.of(), List.of(custom))), "check");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("shop: (shop.E001) no currency configured");
    }

    @Test
    void deployChecksAreSkippedWithoutDeploy() {
        Check deployOnly = Check.deploy(reg -> List.of(CheckMessage.error("ops.E001", "x", "")));
        int code = manage(Settings.load(Map.of()), List.of(app("ops", List.of(), List.of(deployOnly))), "check");
        assertThat(code).isZero();
    }

    @Test
    void modelChecksFindTableClashes() {
        List<CheckMessage> found = ModelChecks.run(AppRegistry.load(Settings.load(Map.of()),
                List.of(app("shop", List.of(BookMeta.BOOK), List.of()))));
        assertThat(found).isEmpty();
    }

    @Test
    void checkIdsMustBeStable() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CheckMessage.warning("W4", "x", ""))
                .hasMessage("check id 'W4' is not of the form area.W001");
    }

    @Test
    void webCommandsAreListed() {
        AppRegistry registry = AppRegistry.load(Settings.load(Map.of()), List.of());
        assertThat(Manage.commandNames(registry.toProject(Path.of("."))))
                .contains("check", "dbshell", "shell", "startproject");
    }

    @Test
    void shellAndDbshellPrintWhatTheyWouldRun() {
        AppRegistry registry = AppRegistry.load(Settings.load(Map.of("JANGO_DATABASE_URL",
                "postgresql://app:secret@db:5432/shop")), List.of(app("shop", List.of(BookMeta.BOOK), List.of())));
        assertThat(Manage.run(registry.toProject(Path.of(".")), new PrintWriter(out), new PrintWriter(err),
                "shell", "--print")).isZero();
        assertThat(out.toString()).contains("import static dev.jango.web.testmodels.BookMeta.*;");
        assertThat(Manage.run(registry.toProject(Path.of(".")), new PrintWriter(out), new PrintWriter(err),
                "dbshell", "--print")).isZero();
        assertThat(out.toString()).contains("psql -h db -p 5432 -U app shop").doesNotContain("secret");
        assertThat(Manage.run(registry.toProject(Path.of(".")), new PrintWriter(out), new PrintWriter(err),
                "dbshell", "--database", "replica")).isEqualTo(1);
        assertThat(err.toString()).contains("error: no database alias 'replica'; configured: [default]");
    }

    @picocli.CommandLine.Command(name = "restock")
    static final class Restock implements java.util.concurrent.Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println("restocked");
            return 0;
        }
    }

    @Test
    void appsContributeTheirOwnCommands() {
        App shop = new App() {
            @Override
            public String label() {
                return "shop";
            }

            @Override
            public List<Object> commands(dev.jango.cli.Project project) {
                return List.of(new Restock());
            }
        };
        AppRegistry registry = AppRegistry.load(Settings.load(Map.of()), List.of(shop));
        assertThat(Manage.commandNames(registry.toProject(Path.of(".")))).contains("restock", "runserver");
        assertThat(manage(Settings.load(Map.of()), List.of(shop), "restock")).isZero();
        assertThat(out.toString()).contains("restocked");
    }
}

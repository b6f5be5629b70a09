package dev.jango.web.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.cli.AppSpec;
import dev.jango.cli.Project;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.routing.Router;
import dev.jango.web.routing.Routes;
import dev.jango.web.settings.ImproperlyConfigured;
import dev.jango.web.settings.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppRegistryTest {
    private final Settings settings = Settings.load(Map.of());

    private record Named(String label, List<String> log) implements App {
        @Override
        public void ready(AppRegistry registry) {
            log.add(label + " sees " + registry.apps().size() + " apps");
        }

        @Override
        public List<Routes.Def> routes() {
            return List.of(Routes.path("", request -> HttpResponse.text("index of " + label), "index"));
        }
    }

    @Test
    void readyRunsOnceAfterAllAppsLoadInOrder() {
        List<String> log = new ArrayList<>();
        AppRegistry registry = AppRegistry.load(settings, List.of(new Named("shop", log), new Named("blog", log)));
        assertThat(log).containsExactly("shop sees 2 apps", "blog sees 2 apps");
        assertThat(registry.app("blog")).isPresent();
        assertThat(registry.app("news")).isEmpty();
    }

    @Test
    void duplicateLabelsAreRefusedNamingBothClasses() {
        List<String> log = new ArrayList<>();
        assertThatThrownBy(() -> AppRegistry.load(settings, List.of(new Named("shop", log), new Named("shop", log))))
                .isInstanceOf(ImproperlyConfigured.class).hasMessageContaining("app label 'shop' is used by both");
        assertThat(log).isEmpty();
    }

    @Test
    void aFailingReadyHookNamesTheApp() {
        App broken = new App() {
            @Override
            public String label() {
                return "payments";
            }

            @Override
            public void ready(AppRegistry registry) {
                throw new IllegalStateException("no provider configured");
            }
        };
        assertThatThrownBy(() -> AppRegistry.load(settings, List.of(broken)))
                .isInstanceOf(AppReadyException.class)
                .hasMessage("app 'payments' failed in ready(): IllegalStateException: no provider configured");
    }

    @Test
    void routesAreIncludedUnderTheAppLabelAndNamespace() {
        AppRegistry registry = AppRegistry.load(settings, List.of(new Named("shop", new ArrayList<>()),
                new App() {
                    @Override
                    public String label() {
                        return "quiet";
                    }
                }));
        Router router = Router.of(registry.routes());
        assertThat(router.reverse("shop:index")).isEqualTo("/shop/");
        assertThat(router.resolve("/shop/")).isPresent();
        assertThat(router.resolve("/quiet/")).isEmpty();
    }

    @Test
    void toProjectCarriesTheRegistryForCommands() {
        AppRegistry registry = AppRegistry.load(settings, List.of(new Named("shop", new ArrayList<>())));
        Project project = registry.toProject(Path.of("/tmp/x"));
        assertThat(project.apps()).extracting(AppSpec::label).containsExactly("shop");
        assertThat(project.extension(AppRegistry.class)).containsSame(registry);
        assertThat(project.extension(Settings.class)).containsSame(settings);
        assertThat(project.defaultDatabaseUrl()).isEqualTo("sqlite:db.sqlite3");
        assertThat(project.apps().getFirst().migrationsPackage()).isEqualTo("shop.migrations");
        assertThat(((App) project.apps().getFirst()).templatesFolder()).isEqualTo("templates/shop/");
    }
}

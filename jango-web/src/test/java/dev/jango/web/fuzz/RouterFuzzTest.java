package dev.jango.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.routing.InvalidRoute;
import dev.jango.web.routing.NoReverseMatch;
import dev.jango.web.routing.RouteMatch;
import dev.jango.web.routing.Router;
import dev.jango.web.routing.Routes;
import dev.jango.web.views.View;
import java.util.List;
import java.util.Optional;

/**
 * Router fuzzing. Without {@code JAZZER_FUZZ=1} this runs the committed regression inputs (in
 * {@code src/test/resources/dev/jango/web/fuzz/RouterFuzzTestInputs/}) as ordinary tests during {@code verify}.
 * Properties: resolving any path never throws; a match reverses to a path that resolves to the same route; a
 * pattern either compiles or fails with {@link InvalidRoute}.
 */
class RouterFuzzTest {
    static final View OK = r -> HttpResponse.text("ok");
    static final Router ROUTER = Router.of(
            Routes.path("", OK, "home"),
            Routes.path("books/<int:id>/", OK, "book"),
            Routes.path("books/<slug:slug>/", OK, "book-slug"),
            Routes.path("files/<path:p>", OK, "file"),
            Routes.path("t/<uuid:u>/", OK, "token"),
            Routes.path("p/page-<int:n>.html", OK, "page"),
            Routes.path("u/<name>/edit/", OK, "user-edit"),
            Routes.include("api/", "api", List.of(Routes.path("x/<long:id>/", OK, "x"))));

    @FuzzTest(maxDuration = "10s")
    void resolveAndReverse(FuzzedDataProvider data) {
        String path = "/" + data.consumeRemainingAsString();
        Optional<RouteMatch> m = ROUTER.resolve(path);
        if (m.isPresent() && m.get().route().name().isPresent()) {
            String name = m.get().route().name().get();
            String url;
            try {
                url = ROUTER.reverse(name, m.get().args());
            } catch (NoReverseMatch e) {
                return; // a value the converter accepts but cannot render back is allowed to refuse
            }
            String decoded = java.net.URLDecoder.decode(url.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(ROUTER.resolve(decoded).map(r -> r.route().name().orElseThrow())).contains(name);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void compilePatterns(FuzzedDataProvider data) {
        String pattern = data.consumeString(200);
        String probe = "/" + data.consumeRemainingAsString();
        try {
            Router r = Router.of(Routes.path(pattern, OK, "r"));
            r.resolve(probe);
        } catch (InvalidRoute expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}

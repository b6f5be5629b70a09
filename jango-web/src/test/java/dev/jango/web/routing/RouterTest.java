package dev.jango.web.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.web.http.HttpResponse;
import dev.jango.web.views.View;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RouterTest {
    static final View OK = r -> HttpResponse.text("ok");

    static final Router ROUTER = Router.of(
            Routes.path("", OK, "home"),
            Routes.path("books/", OK, "book-list"),
            Routes.path("books/new/", OK, "book-new"),
            Routes.path("books/<int:id>/", OK, "book-detail"),
            Routes.path("books/<slug:slug>/", OK, "book-by-slug"),
            Routes.path("books/<int:id>/edit/", OK, "book-edit"),
            Routes.path("files/<path:rest>", OK, "file"),
            Routes.path("tokens/<uuid:token>/", OK, "token"),
            Routes.path("pages/page-<int:n>.html", OK, "page"),
            Routes.path("users/<name>/", OK, "user"),
            Routes.include("api/", "api", List.of(
                    Routes.path("books/<long:id>/", OK, "book-detail"),
                    Routes.include("v2/", "v2", List.of(Routes.path("ping/", OK, "ping"))))));

    @Test
    void resolvesLiteralAndConvertedSegments() {
        assertThat(ROUTER.resolve("/").orElseThrow().route().name()).contains("home");
        assertThat(ROUTER.resolve("/books/").orElseThrow().route().name()).contains("book-list");
        RouteMatch m = ROUTER.resolve("/books/42/").orElseThrow();
        assertThat(m.route().name()).contains("book-detail");
        assertThat(m.args()).containsExactly(Map.entry("id", 42));
        assertThat(ROUTER.resolve("/books/42/edit/").orElseThrow().args()).containsEntry("id", 42);
    }

    @Test
    void literalBeatsConverterAndConvertersFallBackInOrder() {
        assertThat(ROUTER.resolve("/books/new/").orElseThrow().route().name()).contains("book-new");
        RouteMatch slug = ROUTER.resolve("/books/dune-messiah/").orElseThrow();
        assertThat(slug.route().name()).contains("book-by-slug");
        assertThat(slug.args()).containsEntry("slug", "dune-messiah");
    }

    @Test
    void trailingSlashIsPartOfThePattern() {
        assertThat(ROUTER.resolve("/books")).isEmpty();
        assertThat(ROUTER.matches("/books/")).isTrue();
        assertThat(ROUTER.resolve("/books//")).isEmpty();
    }

    @Test
    void intOverflowIsNoMatchNotAnError() {
        assertThat(ROUTER.resolve("/books/99999999999999999999/").orElseThrow().route().name()).contains("book-by-slug");
        assertThat(ROUTER.resolve("/api/books/99999999999999999999/")).isEmpty();
        assertThat(ROUTER.resolve("/api/books/9999999999/").orElseThrow().args()).containsEntry("id", 9_999_999_999L);
    }

    @Test
    void pathConverterSpansSegmentsAndUuidConverts() {
        assertThat(ROUTER.resolve("/files/a/b/c.txt").orElseThrow().args()).containsEntry("rest", "a/b/c.txt");
        UUID u = UUID.randomUUID();
        assertThat(ROUTER.resolve("/tokens/" + u + "/").orElseThrow().args()).containsEntry("token", u);
        assertThat(ROUTER.resolve("/tokens/not-a-uuid/")).isEmpty();
    }

    @Test
    void mixedSegmentsUseTheirConverter() {
        assertThat(ROUTER.resolve("/pages/page-7.html").orElseThrow().args()).containsEntry("n", 7);
        assertThat(ROUTER.resolve("/pages/page-x.html")).isEmpty();
    }

    @Test
    void includeAppliesPrefixAndNamespace() {
        assertThat(ROUTER.resolve("/api/books/5/").orElseThrow().route().name()).contains("api:book-detail");
        assertThat(ROUTER.resolve("/api/v2/ping/").orElseThrow().route().name()).contains("api:v2:ping");
        assertThat(ROUTER.reverse("api:v2:ping")).isEqualTo("/api/v2/ping/");
    }

    @Test
    void reversesPositionalAndNamedArguments() {
        assertThat(ROUTER.reverse("home")).isEqualTo("/");
        assertThat(ROUTER.reverse("book-detail", 7)).isEqualTo("/books/7/");
        assertThat(ROUTER.reverse("book-detail", "7")).isEqualTo("/books/7/");
        assertThat(ROUTER.reverse("api:book-detail", Map.of("id", 8L))).isEqualTo("/api/books/8/");
        assertThat(ROUTER.reverse("file", "a/b c.txt")).isEqualTo("/files/a/b%20c.txt");
        assertThat(ROUTER.reverse("user", "ann bob")).isEqualTo("/users/ann%20bob/");
        // str never contains '/': reversing one would produce a path that resolves elsewhere.
        assertThatThrownBy(() -> ROUTER.reverse("user", "ann/bob")).isInstanceOf(NoReverseMatch.class);
    }

    @Test
    void reverseErrorsNameTheRouteAndTheExpectedArguments() {
        assertThatThrownBy(() -> ROUTER.reverse("book-detail", "abc"))
                .isInstanceOf(NoReverseMatch.class)
                .hasMessageContaining("'book-detail'").hasMessageContaining("[abc]")
                .hasMessageContaining("books/<int:id>/ (expects id:int)");
        assertThatThrownBy(() -> ROUTER.reverse("book-detail"))
                .isInstanceOf(NoReverseMatch.class).hasMessageContaining("expects id:int");
        assertThatThrownBy(() -> ROUTER.reverse("nope"))
                .isInstanceOf(NoReverseMatch.class).hasMessageContaining("no route is named 'nope'");
        assertThatThrownBy(() -> ROUTER.reverse("ping"))
                .isInstanceOf(NoReverseMatch.class).hasMessageContaining("namespace:ping");
        assertThatThrownBy(() -> ROUTER.reverse("book-detail", -3))
                .isInstanceOf(NoReverseMatch.class);
    }

    @Test
    void badPatternsFailAtRegistrationNamingThePattern() {
        assertThatThrownBy(() -> Router.of(Routes.path("books/<integer:id>/", OK)))
                .isInstanceOf(InvalidRoute.class)
                .hasMessage("unknown converter 'integer' in pattern 'books/<integer:id>/'; known: int, long, path, slug, str, uuid");
        assertThatThrownBy(() -> Router.of(Routes.path("/books/", OK))).hasMessageContaining("must not start with '/'");
        assertThatThrownBy(() -> Router.of(Routes.path("books/<int:id/", OK))).hasMessageContaining("unclosed '<'");
        assertThatThrownBy(() -> Router.of(Routes.path("books/<int:id>/<int:id>/", OK))).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> Router.of(Routes.path("a/", OK), Routes.path("a/", OK))).hasMessageContaining("registered twice");
        assertThatThrownBy(() -> Router.of(Routes.path("x<path:p>/", OK))).hasMessageContaining("whole segment");
        assertThatThrownBy(() -> Router.of(Routes.path("<int:a><int:b>/", OK))).hasMessageContaining("without text between");
        assertThatThrownBy(() -> Router.of(Routes.include("api", List.of()))).hasMessageContaining("must end with '/'");
    }

    record YearConverter() implements Converter<Year> {
        public String name() {
            return "year";
        }

        public Class<Year> type() {
            return Year.class;
        }

        public String regex() {
            return "[0-9]{4}";
        }

        public boolean matches(String s) {
            return s.length() == 4 && s.chars().allMatch(Character::isDigit);
        }

        public Year toJava(String s) {
            return Year.of(Integer.parseInt(s));
        }

        public String toUrl(Year y) {
            return String.format("%04d", y.getValue());
        }
    }

    @Test
    void userDefinedConverters() {
        Router r = Router.builder().converter(new YearConverter())
                .add(Routes.path("archive/<year:y>/", OK, "archive")).build();
        assertThat(r.resolve("/archive/2026/").orElseThrow().args()).containsEntry("y", Year.of(2026));
        assertThat(r.resolve("/archive/26/")).isEmpty();
        assertThat(r.reverse("archive", Year.of(1999))).isEqualTo("/archive/1999/");
    }

    @Test
    void dumpShowsTheTree() {
        String dump = ROUTER.dump();
        assertThat(dump).contains("\"books\"").contains("<int:id>").contains("=> books/<int:id>/ [book-detail]")
                .contains("<path:rest> (spans /)");
    }

    @Test
    void resolvesAmongFiveThousandRoutes() {
        List<Routes.Def> defs = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            defs.add(Routes.path("section" + i + "/items/<int:id>/", OK, "r" + i));
        }
        Router big = Router.of(defs);
        assertThat(big.resolve("/section4999/items/12/").orElseThrow().route().name()).contains("r4999");
        assertThat(big.reverse("r4321", 5)).isEqualTo("/section4321/items/5/");
    }
}

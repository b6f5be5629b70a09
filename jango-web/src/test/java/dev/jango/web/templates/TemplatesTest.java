package dev.jango.web.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.web.apps.App;
import dev.jango.web.apps.AppRegistry;
import dev.jango.web.settings.Settings;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.node.NamedArgumentNode;
import io.pebbletemplates.pebble.node.expression.ContextVariableExpression;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.node.expression.FilterExpression;
import io.pebbletemplates.pebble.node.expression.FilterInvocationExpression;
import io.pebbletemplates.pebble.node.expression.LiteralStringExpression;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {
    record Book(long id, String title) {
    }

    /** A context object whose method fails while rendering. */
    public static final class Exploding {
        public String explode() {
            throw new IllegalArgumentException("price missing");
        }
    }

    private static final UrlReverser REVERSER = (name, args) -> "/" + name.replace(':', '/') + "/"
            + String.join("/", args.stream().map(String::valueOf).toList()) + "/";

    private final Templates templates = Templates.create(List.of(), Map.of("blog", "blogtpl/"), REVERSER,
            "/static/", false);

    @Test
    void rendersInheritanceUrlStaticAndCsrfWithAutoescape() {
        String html = templates.render("shop/list.html", Map.of("books", List.of(new Book(7, "<b>Dune</b>")),
                "csrf_token", "t\"ok"));
        assertThat(html).contains("<title>Books</title>")
                .contains("<a href=\"/shop/detail/7/x/\">&lt;b&gt;Dune&lt;/b&gt;</a>")
                .contains("<link href=\"/static/css/site.css\">")
                .contains("<input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"t&quot;ok\">");
    }

    /** An object whose text needs escaping. */
    public record Thing(String name) {
        @Override
        public String toString() {
            return "<" + name + ">";
        }
    }

    @Test
    void autoescapePrintsExactlyWhatPebblesOwnEscapeFilterPrints() {
        Map<String, Object> context = new HashMap<>(Map.of("text", "<a href=\"x\">Tom & Jerry's</a>",
                "id", 4711L, "count", 12, "negative", -3L, "big", new BigInteger("123456789012345678901"),
                "price", new BigDecimal("1E+3"), "ratio", 0.25, "huge", 1e300, "thing", new Thing("x&y"),
                "texts", List.of("1 < 2", "plain")));
        context.put("flag", true);
        var plainPebble = new PebbleEngine.Builder()
                .loader(new ClasspathLoader())
                .autoEscaping(true).defaultEscapingStrategy("html").strictVariables(false).cacheActive(false).build();
        StringWriter reference = new StringWriter();
        try {
            plainPebble.getTemplate("templates/shop/escaping.html").evaluate(reference, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        String ours = templates.render("shop/escaping.html", context);
        assertThat(ours).isEqualTo(reference.toString())
                .contains("text &lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;|")
                .contains("numbers 4711 12 -3 123456789012345678901 1000 0.25 1.0E300")
                .contains("object &lt;x&amp;y&gt;||&lt;a href=")
                .contains("off <a href=\"x\">");
        assertThat(new String(templates.renderUtf8("shop/escaping.html", context), StandardCharsets.UTF_8))
                .isEqualTo(ours);
    }

    @Test
    void onlyTheHtmlStrategyIsTakenOverFromPebble() {
        var value = new ContextVariableExpression("text", 1);
        assertThat(HtmlAutoescape.rewrite(escapeCall(value, null))).isInstanceOf(HtmlAutoescape.Escaped.class);
        assertThat(HtmlAutoescape.rewrite(escapeCall(value, "html"))).isInstanceOf(HtmlAutoescape.Escaped.class);
        var css = escapeCall(value, "css");
        assertThat(HtmlAutoescape.rewrite(css)).isSameAs(css);
        assertThat(HtmlAutoescape.rewrite(value)).isSameAs(value);
    }

    /** {@code value | escape(strategy=...)} as Pebble's parser builds it. */
    private static FilterExpression escapeCall(
            Expression<?> value, String strategy) {
        List<NamedArgumentNode> named = strategy == null ? List.of() : List.of(
                new NamedArgumentNode("strategy",
                        new LiteralStringExpression(strategy, 1)));
        var call = new FilterInvocationExpression("escape",
                new ArgumentsNode(null, named, 1), 1);
        var filter = new FilterExpression();
        filter.setLeft(value);
        filter.setRight(call);
        return filter;
    }

    @Test
    void syntaxErrorNamesFileAndLine() {
        assertThatThrownBy(() -> templates.render("shop/broken.html", Map.of("books", List.of())))
                .isInstanceOf(TemplateError.class)
                .satisfies(e -> {
                    TemplateError te = (TemplateError) e;
                    assertThat(te.template()).isEqualTo("shop/broken.html");
                    assertThat(te.line()).isEqualTo(5);
                })
                .hasMessageStartingWith("shop/broken.html:5: ");
    }

    @Test
    void renderingErrorNamesFileAndLine() {
        assertThatThrownBy(() -> templates.render("shop/boom.html", Map.of("thing", new Exploding())))
                .isInstanceOf(TemplateError.class).hasMessageStartingWith("shop/boom.html:2: ")
                .hasMessageContaining("price missing");
        assertThatThrownBy(() -> templates.render("shop/boom.html", Map.of("thing", "x")))
                .isInstanceOf(TemplateError.class)
                .hasMessageStartingWith("shop/boom.html:3: ")
                .hasMessageContaining("csrf_input() needs 'csrf_token' in the context");
    }

    @Test
    void missingTemplateListsTheSearchedPlaces() {
        assertThatThrownBy(() -> templates.render("shop/nope.html", Map.of()))
                .isInstanceOf(TemplateDoesNotExist.class)
                .hasMessage("shop/nope.html:0: template not found; searched: classpath:templates/shop/nope.html");
        assertThatThrownBy(() -> templates.render("shop/child_of_missing.html", Map.of()))
                .isInstanceOf(TemplateError.class).hasMessageContaining("shop/nope.html");
    }

    @Test
    void appFolderServesItsLabel() {
        assertThat(templates.render("blog/post.html", Map.of("title", "Hi & bye")))
                .isEqualTo("<article>Hi &amp; bye</article>\n");
        assertThat(templates.exists("blog/post.html")).isTrue();
        assertThat(templates.exists("blog/none.html")).isFalse();
    }

    @Test
    void projectFolderOverridesAppTemplates(@TempDir Path base) throws IOException {
        Files.createDirectories(base.resolve("templates/blog"));
        Files.writeString(base.resolve("templates/blog/post.html"), "override {{ title }}");
        App blog = new App() {
            @Override
            public String label() {
                return "blog";
            }

            @Override
            public String templatesFolder() {
                return "blogtpl";
            }
        };
        Templates t = Templates.forApps(AppRegistry.load(Settings.load(Map.of()), List.of(blog)), base, REVERSER);
        assertThat(t.render("blog/post.html", Map.of("title", "x"))).isEqualTo("override x");
        assertThat(t.render("shop/list.html", Map.of("books", List.of(), "csrf_token", "k"))).contains("Books");
    }

    @Test
    void namesThatEscapeTheFoldersAreRefused() {
        for (String name : List.of("../secret.html", "shop/../../etc/passwd", "/etc/passwd", "a\\b.html")) {
            assertThatThrownBy(() -> templates.render(name, Map.of()))
                    .isInstanceOf(TemplateError.class).hasMessageContaining("invalid template name");
        }
    }

    @Test
    void urlWithoutRouterNamesTheRoute() {
        Templates t = Templates.create(List.of(), Map.of(), UrlReverser.none(), "/static/", true);
        assertThatThrownBy(() -> t.render("shop/list.html", Map.of("books", List.of(new Book(1, "a")))))
                .isInstanceOf(TemplateError.class)
                .hasMessageStartingWith("shop/list.html:3: ")
                .hasMessageContaining("url('shop:detail') cannot be reversed");
    }

    @Test
    void responseAddsTheCsrfTokenFromTheMiddleware() throws Exception {
        dev.jango.web.middleware.CsrfMiddleware csrf = new dev.jango.web.middleware.CsrfMiddleware(
                dev.jango.web.middleware.CsrfMiddleware.Config.defaults());
        dev.jango.web.http.HttpResponse r = csrf.handle(dev.jango.web.http.HttpRequest.builder("GET", "/").build(),
                request -> templates.response(request, "shop/list.html", Map.of("books", List.of())));
        assertThat(r.status()).isEqualTo(200);
        assertThat(new String(r.bytes(), java.nio.charset.StandardCharsets.UTF_8))
                .containsPattern("<input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"[A-Za-z0-9]{20,}\">");
    }

    @Test
    void formsRenderThroughAsPWithoutDoubleEscaping() {
        dev.jango.web.forms.BoundForm form = dev.jango.web.forms.Form.of(dev.jango.web.forms.Fields.text("name", 5))
                .bind(dev.jango.web.http.Params.of("name", "<b>long</b>"));
        String html = templates.render("shop/form.html", Map.of("form", form, "csrf_token", "tok"));
        assertThat(html).contains("<p><ul class=\"errorlist\"><li>Ensure this value has at most 5 characters",
                "value=\"&lt;b&gt;long&lt;/b&gt;\"").doesNotContain("&amp;lt;");
        assertThatThrownBy(() -> templates.render("shop/form.html", Map.of("form", "x", "csrf_token", "t")))
                .isInstanceOf(TemplateError.class).hasMessageStartingWith("shop/form.html:1: ")
                .hasMessageContaining("as_p() needs a bound form, got String");
    }

    @Test
    void renderUtf8GivesTheBytesOfRenderAndGrowsPastTheRememberedPageSize() {
        Map<String, Object> small = Map.of("books", List.of(new Book(1, "Dune")), "csrf_token", "t");
        assertThat(templates.renderUtf8("shop/list.html", small))
                .isEqualTo(templates.render("shop/list.html", small).getBytes(StandardCharsets.UTF_8));
        // The next page is far larger than the size remembered from the first: the buffer must grow, not cut.
        List<Book> many = java.util.stream.LongStream.range(0, 500).mapToObj(i -> new Book(i, "Bücher · 書 " + i))
                .toList();
        Map<String, Object> large = Map.of("books", many, "csrf_token", "t");
        byte[] body = templates.renderUtf8("shop/list.html", large);
        assertThat(body).isEqualTo(templates.render("shop/list.html", large).getBytes(StandardCharsets.UTF_8));
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("Bücher · 書 499");
    }
}

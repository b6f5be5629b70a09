package dev.jango.web.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordAttributesTest {
    /** Public, with a primitive, a nested record and a method that is not a component. */
    public record Card(long id, String title, int pages, Named author) {
        public String cursor() {
            return id + "_" + pages;
        }
    }

    public record Named(String name) {
    }

    record Hidden(String title) {
    }

    private final RecordAttributes resolver = new RecordAttributes();

    private Object read(Object instance, String name) {
        var resolved = resolver.resolve(instance, name, null, null, null, "t.html", 1);
        return resolved == null ? "<fall through>" : resolved.evaluatedValue;
    }

    @Test
    void componentsAreReadThroughCompiledAccessors() {
        Card card = new Card(7, "Dune", 412, new Named("Herbert"));
        assertThat(read(card, "title")).isEqualTo("Dune");
        assertThat(read(card, "pages")).isEqualTo(412);
        assertThat(read(card, "id")).isEqualTo(7L);
        assertThat(read(card, "author")).isEqualTo(new Named("Herbert"));
    }

    @Test
    void everythingElseFallsThroughToPebble() {
        Card card = new Card(7, "Dune", 412, new Named("Herbert"));
        assertThat(read(card, "cursor")).isEqualTo("<fall through>");
        assertThat(read(card, "missing")).isEqualTo("<fall through>");
        assertThat(read(new Hidden("x"), "title")).isEqualTo("<fall through>");
        assertThat(read(Map.of("title", "x"), "title")).isEqualTo("<fall through>");
        assertThat(resolver.resolve(card, "title", new Object[] {1}, null, null, "t.html", 1)).isNull();
    }

    @Test
    void templatesRenderRecordsWithEscapingAndNonComponentMethods() {
        Templates templates = Templates.create(List.of(), Map.of(), (name, args) -> "/", "/static/", false);
        String html = templates.render("shop/card.html", Map.of("c", new Card(7, "<b>Dune</b>", 412,
                new Named("Herbert"))));
        assertThat(html).isEqualTo("&lt;b&gt;Dune&lt;/b&gt; by Herbert, 412 pages, 7_412");
    }
}

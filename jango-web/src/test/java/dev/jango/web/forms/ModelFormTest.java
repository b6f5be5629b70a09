package dev.jango.web.forms;

import static dev.jango.web.testmodels.BookMeta.BOOK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.web.http.Params;
import dev.jango.web.testmodels.Book;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelFormTest {
    private final List<Map<String, Object>> asked = new ArrayList<>();
    private final ModelForm<Book> form = ModelForm.of(BOOK).uniqueLookup((model, values, exclude) -> {
        asked.add(values);
        return "Taken".equals(values.get("title"));
    });

    @Test
    void fieldsAreDerivedFromTheMetamodel() {
        Form f = form.form();
        assertThat(f.fields()).extracting(FormField::name)
                .containsExactly("title", "price", "published", "status", "notes", "pages", "inPrint");
        FormField<?> title = f.field("title").orElseThrow();
        assertThat(title.isRequired()).isTrue();
        assertThat(title.label()).isEqualTo("Title");
        assertThat(title.help()).isEqualTo("The full title");
        assertThat(f.field("published").orElseThrow().isRequired()).isFalse();
        assertThat(f.field("published").orElseThrow().label()).isEqualTo("Published on");
        assertThat(f.field("status").orElseThrow().widget().kind()).isEqualTo(Widget.Kind.SELECT);
        assertThat(f.field("status").orElseThrow().initial()).contains("draft");
        assertThat(f.field("notes").orElseThrow().widget().kind()).isEqualTo(Widget.Kind.TEXTAREA);
        assertThat(f.field("pages").orElseThrow().initial()).contains("0");
        String html = form.unbound().asP();
        assertThat(html).contains("maxlength=\"20\"", "step=\"0.01\"", "<option value=\"draft\" selected>Draft</option>",
                "type=\"date\"", "<span class=\"helptext\" id=\"id_title_helptext\">The full title</span>");
    }

    @Test
    void validSubmissionIsAppliedToANewInstance() {
        BoundModelForm<Book> bound = form.bind(Params.of("title", "Dune", "price", "9.5", "published", "1965-08-01",
                "status", "live", "pages", "412", "inPrint", "on"));
        assertThat(bound.errors().asMap()).isEmpty();
        Book b = bound.instance();
        assertThat(b.title).isEqualTo("Dune");
        assertThat(b.price).isEqualTo(new BigDecimal("9.50"));
        assertThat(b.published).isEqualTo(LocalDate.of(1965, 8, 1));
        assertThat(b.status).isEqualTo("live");
        assertThat(b.pages).isEqualTo(412);
        assertThat(b.inPrint).isTrue();
        assertThat(b.notes).isNull();
        assertThat(asked).containsExactly(Map.of("title", "Dune"), Map.of("title", "Dune",
                "published", LocalDate.of(1965, 8, 1)));
    }

    @Test
    void modelRulesRejectBadInput() {
        BoundModelForm<Book> bound = form.bind(Params.of("title", "A title much longer than twenty", "price",
                "12345.678", "status", "gone", "pages", "many"));
        assertThat(bound.isValid()).isFalse();
        assertThat(bound.errors().codes("title")).containsExactly("max_length");
        assertThat(bound.errors().codes("price")).containsExactly("max_digits");
        assertThat(bound.errors().codes("status")).containsExactly("invalid_choice");
        assertThat(bound.errors().codes("pages")).containsExactly("invalid");
        assertThatThrownBy(bound::instance).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("form has errors");
    }

    @Test
    void uniqueFieldClashIsAFieldError() {
        BoundModelForm<Book> bound = form.bind(Params.of("title", "Taken", "price", "1", "status", "draft",
                "pages", "1"));
        assertThat(bound.errors().of("title")).containsExactly("Book with this Title already exists.");
    }

    @Test
    void narrowingAndOverridingFields() {
        ModelForm<Book> small = form.fields("title", "price").field(Fields.text("title", 5).label("Name"));
        assertThat(small.form().fields()).extracting(FormField::label).containsExactly("Name", "Price");
        assertThat(form.exclude("notes", "inPrint").form().fields()).extracting(FormField::name)
                .containsExactly("title", "price", "published", "status", "pages");
        assertThatThrownBy(() -> form.fields("title", "isbn"))
                .hasMessageStartingWith("Book has no field 'isbn'; fields are [id, title,");
        assertThatThrownBy(() -> form.fields("id")).hasMessageContaining("model forms cannot edit");
    }

    @Test
    void editingShowsTheInstanceValues() {
        Book b = new Book();
        b.title = "Emma";
        b.price = new BigDecimal("3.00");
        b.status = "live";
        String html = form.unbound(b).asDiv();
        assertThat(html).contains("value=\"Emma\"", "value=\"3.00\"", "<option value=\"live\" selected>");
    }
}

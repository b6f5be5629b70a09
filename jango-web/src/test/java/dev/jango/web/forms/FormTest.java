package dev.jango.web.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.meta.Choice;
import dev.jango.web.http.Params;
import dev.jango.web.http.UploadedFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormTest {
    static final FormField<String> NAME = Fields.text("name", 10);
    static final FormField<Integer> AGE = Fields.integer("age", 0, 150).required(false);
    static final FormField<BigDecimal> PRICE = Fields.decimal("price", 5, 2);
    static final FormField<String> COLOR = Fields.choice("color", List.of(new Choice("r", "Red"), new Choice("g",
            "Green")));
    static final FormField<Boolean> AGREE = Fields.bool("agree");
    static final FormField<LocalDate> START = Fields.date("start").required(false);
    static final FormField<LocalDate> END = Fields.date("end").required(false);
    static final Form FORM = Form.of(NAME, AGE, PRICE, COLOR, AGREE, START, END).cleaner((data, errors) -> {
        if (data.find(START).isPresent() && data.find(END).isPresent() && data.get(END).isBefore(data.get(START))) {
            errors.add("end", "order", "The end is before the start.");
        }
    });

    private static BoundForm bind(String... kv) {
        return FORM.bind(Params.of(kv));
    }

    @Test
    void validSubmissionCleansToTypedValues() {
        BoundForm f = bind("name", "  Ada ", "age", "36", "price", "12.5", "color", "g", "agree", "on",
                "start", "2024-01-01", "end", "2024-02-01");
        assertThat(f.errors().asMap()).isEmpty();
        assertThat(f.isValid()).isTrue();
        CleanedData d = f.validData();
        assertThat(d.get(NAME)).isEqualTo("Ada");
        assertThat(d.get(AGE)).isEqualTo(36);
        assertThat(d.get(PRICE)).isEqualTo(new BigDecimal("12.50"));
        assertThat(d.get(COLOR)).isEqualTo("g");
        assertThat(d.get(AGREE)).isTrue();
        assertThat(d.get(END)).isEqualTo(LocalDate.of(2024, 2, 1));
    }

    @Test
    void missingAndEmptyValues() {
        BoundForm f = bind("name", "   ");
        assertThat(f.isValid()).isFalse();
        assertThat(f.errors().of("name")).containsExactly("This field is required.");
        assertThat(f.errors().codes("price")).containsExactly("required");
        assertThat(f.errors().of("age")).isEmpty();
        assertThat(f.cleanedData().has("age")).isTrue();
        assertThat(f.cleanedData().get(AGE)).isNull();
        assertThat(f.cleanedData().get(AGREE)).isFalse();
    }

    @Test
    void badInputGetsFieldErrorsWithDjangoMessages() {
        BoundForm f = bind("name", "Maximilianus", "age", "151", "price", "1234.5", "color", "<b>x</b>",
                "start", "2024-13-01");
        assertThat(f.errors().of("name")).containsExactly("Ensure this value has at most 10 characters (it has 12).");
        assertThat(f.errors().of("age")).containsExactly("Ensure this value is less than or equal to 150.");
        assertThat(f.errors().of("price")).containsExactly("Ensure that there are no more than 3 digits before"
                + " the decimal point.");
        assertThat(f.errors().of("color")).containsExactly("Select a valid choice. <b>x</b> is not one of the"
                + " available choices.");
        assertThat(f.errors().of("start")).containsExactly("Enter a valid date.");
        assertThatThrownBy(f::validData).isInstanceOf(IllegalStateException.class).hasMessageContaining("name=");
    }

    @Test
    void decimalRules() {
        FormField<BigDecimal> d = Fields.decimal("d", 5, 2);
        assertThat(d.clean(Optional.of("-999.99"))).isEqualTo(new BigDecimal("-999.99"));
        assertThat(d.clean(Optional.of("1E+2"))).isEqualTo(new BigDecimal("100.00"));
        assertThat(code(d, "1.234")).isEqualTo("max_decimal_places");
        assertThat(code(d, "123456")).isEqualTo("max_digits");
        assertThat(code(d, "1E+999999999")).isEqualTo("max_digits");
        assertThat(code(d, "NaN")).isEqualTo("invalid");
        assertThat(code(d, "1".repeat(101))).isEqualTo("invalid");
        assertThat(code(Fields.integer("i"), "99999999999")).isEqualTo("invalid");
        assertThat(code(Fields.floating("x"), "Infinity")).isEqualTo("invalid");
        assertThat(code(Fields.floating("x"), "1d")).isEqualTo("invalid");
        assertThat(Fields.floating("x").clean(Optional.of("-1.5e3"))).isEqualTo(-1500.0);
    }

    @Test
    void otherParsers() {
        assertThat(code(Fields.email("e"), "not-an-email")).isEqualTo("invalid");
        assertThat(Fields.email("e").clean(Optional.of("ada@example.com"))).isEqualTo("ada@example.com");
        assertThat(Fields.dateTime("t").clean(Optional.of("2024-01-31T10:15"))).isEqualTo(
                Instant.parse("2024-01-31T10:15:00Z"));
        assertThat(Fields.dateTime("t").clean(Optional.of("2024-01-31T10:15:00+02:00"))).isEqualTo(
                Instant.parse("2024-01-31T08:15:00Z"));
        assertThat(code(Fields.uuid("u"), "xyz")).isEqualTo("invalid");
        assertThat(code(Fields.time("t"), "25:00")).isEqualTo("invalid");
        assertThat(code(Fields.text("s").validator(Validators.minLength(3)), "ab")).isEqualTo("min_length");
    }

    @Test
    void crossFieldCleanerAndNonFieldErrors() {
        BoundForm f = bind("name", "a", "price", "1", "color", "r", "start", "2024-02-01", "end", "2024-01-01");
        assertThat(f.errors().of("end")).containsExactly("The end is before the start.");
        Form thrower = Form.of(NAME).cleaner((d, e) -> {
            throw new ValidationError("nope", "Not today.");
        });
        BoundForm g = thrower.bind(Params.of("name", "x"));
        assertThat(g.nonFieldErrors()).containsExactly("Not today.");
        assertThat(g.asP()).startsWith("<ul class=\"errorlist nonfield\"><li>Not today.</li></ul>");
    }

    @Test
    void customMessagesReplaceByCode() {
        FormField<Integer> seats = Fields.integer("seats", 1, 12).message("max_value", "Only 12 seats.")
                .message("required", "How many?");
        assertThatThrownBy(() -> seats.clean(Optional.of("13"))).hasMessage("Only 12 seats.");
        assertThatThrownBy(() -> seats.clean(Optional.empty())).hasMessage("How many?");
    }

    @Test
    void rendersEscapedHtmlWithErrorsLabelsAndAttributes() {
        BoundForm f = bind("name", "\"><script>x</script>", "price", "abc", "color", "g");
        String html = f.asP();
        assertThat(html).doesNotContain("<script>")
                .contains("<p><ul class=\"errorlist\"><li>Ensure this value has at most 10 characters (it has 20)."
                        + "</li></ul><label for=\"id_name\">Name:</label> <input type=\"text\" name=\"name\""
                        + " id=\"id_name\" maxlength=\"10\" required aria-invalid=\"true\""
                        + " value=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\"></p>")
                .contains("<option value=\"g\" selected>Green</option>")
                .contains("<input type=\"checkbox\" name=\"agree\" id=\"id_agree\">")
                .contains("<input type=\"number\" name=\"age\" id=\"id_age\" min=\"0\" max=\"150\">");
        assertThat(f.asDiv()).contains("<div><label for=\"id_color\">Color:</label> <select name=\"color\"");
    }

    @Test
    void unboundFormShowsInitialValues() {
        BoundForm f = FORM.with(Fields.text("city").initial("Paris")).unbound(Map.of("name", "Ada"));
        assertThat(f.isBound()).isFalse();
        assertThat(f.isValid()).isFalse();
        assertThat(f.value("name")).contains("Ada");
        assertThat(f.value("city")).contains("Paris");
        assertThat(f.asP()).doesNotContain("errorlist");
        assertThatThrownBy(() -> f.value("zip")).hasMessageContaining("form has no field 'zip'");
    }

    @Test
    void fileFieldsCleanUploads() {
        FormField<UploadedFile> cover = Fields.file("cover").validator(Validators.maxSize(10))
                .validator(Validators.extensions(Set.of("png")));
        Form form = Form.of(cover);
        UploadedFile ok = new UploadedFile("cover", "a.png", "image/png", "png!".getBytes(StandardCharsets.UTF_8));
        assertThat(form.bind(Params.empty(), Map.of("cover", List.of(ok))).validData().get(cover)).isSameAs(ok);
        assertThat(form.bind(Params.empty(), Map.of()).errors().codes("cover")).containsExactly("required");
        UploadedFile empty = new UploadedFile("cover", "a.png", "image/png", new byte[0]);
        assertThat(form.bind(Params.empty(), Map.of("cover", List.of(empty))).errors().codes("cover"))
                .containsExactly("empty");
        UploadedFile big = new UploadedFile("cover", "a.png", "image/png", new byte[11]);
        assertThat(form.bind(Params.empty(), Map.of("cover", List.of(big))).errors().of("cover"))
                .containsExactly("Ensure this file is at most 10 bytes (it has 11).");
        UploadedFile exe = new UploadedFile("cover", "../a.exe", "x", new byte[1]);
        assertThat(form.bind(Params.empty(), Map.of("cover", List.of(exe))).errors().of("cover"))
                .containsExactly("File extension \"exe\" is not allowed. Allowed extensions are: png.");
        assertThat(form.unbound().asP()).contains("<input type=\"file\" name=\"cover\" id=\"id_cover\" required>");
    }

    @Test
    void declarationMistakesFailFast() {
        assertThatThrownBy(() -> Form.of(NAME, Fields.text("name")))
                .hasMessage("form declares field 'name' twice");
        assertThatThrownBy(() -> Fields.text("bad name")).hasMessageContaining("'bad name'");
        assertThatThrownBy(() -> Fields.decimal("p", 2, 3)).hasMessageContaining("decimal field 'p'");
    }

    private static String code(FormField<?> field, String raw) {
        try {
            field.clean(Optional.of(raw));
            return "ok";
        } catch (ValidationError e) {
            return e.code();
        }
    }
}

package dev.jango.web.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.jango.db.meta.Choice;
import dev.jango.web.http.Params;
import java.math.BigDecimal;
import java.util.List;

/**
 * Fuzzes form cleaning and rendering: whatever a client submits, binding never throws, a valid form's values obey
 * the declared rules, and rendering escapes every submitted character. The regression corpus in
 * {@code FormCleaningFuzzTestInputs/} runs with the unit tests; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class FormCleaningFuzzTest {
    private static final FormField<String> TITLE = Fields.text("title", 20);
    private static final FormField<BigDecimal> PRICE = Fields.decimal("price", 6, 2);
    private static final FormField<Integer> PAGES = Fields.integer("pages", 1, 5000);
    private static final Form FORM = Form.of(TITLE, PRICE, PAGES, Fields.floating("ratio").required(false),
            Fields.longInteger("isbn").required(false), Fields.bool("inPrint"), Fields.date("published").required(false),
            Fields.dateTime("at").required(false), Fields.time("time").required(false),
            Fields.uuid("uuid").required(false), Fields.email("email").required(false),
            Fields.choice("status", List.of(new Choice("draft", "Draft"), new Choice("live", "Live"))).required(false),
            Fields.textarea("notes").required(false).validator(Validators.minLength(2)));

    @FuzzTest(maxDuration = "30s")
    void cleanArbitrarySubmission(FuzzedDataProvider data) {
        Params.Builder params = Params.builder();
        for (FormField<?> f : FORM.fields()) {
            if (data.consumeBoolean()) {
                params.add(f.name(), data.consumeString(200));
            }
        }
        params.add(data.consumeString(10), data.consumeRemainingAsString());
        BoundForm bound = FORM.bind(params.build());
        if (bound.isValid()) {
            CleanedData d = bound.validData();
            assertThat(d.get(TITLE).codePointCount(0, d.get(TITLE).length())).isLessThanOrEqualTo(20);
            assertThat(d.get(PRICE).scale()).isEqualTo(2);
            assertThat(d.get(PRICE).precision()).isLessThanOrEqualTo(6);
            assertThat(d.get(PAGES)).isBetween(1, 5000);
        } else {
            assertThat(bound.errors().asMap()).isNotEmpty();
        }
        String html = bound.asP();
        assertThat(html).doesNotContain("<script").doesNotContain("\"<").doesNotContain("'<");
    }
}

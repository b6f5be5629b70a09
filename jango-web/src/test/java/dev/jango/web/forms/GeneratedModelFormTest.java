package dev.jango.web.forms;

import static dev.jango.web.testmodels.GadgetMeta.GADGET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.web.http.Params;
import dev.jango.web.testmodels.Gadget;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** ModelForm over a processor-generated metamodel (annotations → FieldSpec → form fields). */
class GeneratedModelFormTest {
    private final ModelForm<Gadget> form = ModelForm.of(GADGET).uniqueLookup((m, v, e) -> false);

    @Test
    void annotationsBecomeFormRules() {
        Form f = form.form();
        assertThat(f.fields()).extracting(FormField::name).containsExactly("name", "price", "size", "launched");
        FormField<?> name = f.field("name").orElseThrow();
        assertThat(name.label()).isEqualTo("Gadget name");
        assertThat(name.help()).isEqualTo("Shown in the catalogue");
        assertThat(f.field("size").orElseThrow().widget().kind()).isEqualTo(Widget.Kind.SELECT);
        assertThat(f.field("launched").orElseThrow().isRequired()).isFalse();
    }

    @Test
    void cleanedValuesReachTheInstanceIncludingEnums() {
        BoundModelForm<Gadget> bound = form.bind(Params.of("name", "Widget", "price", "12.3", "size", "LARGE"));
        assertThat(bound.errors().asMap()).isEmpty();
        Gadget g = bound.instance();
        assertThat(g.size).isEqualTo(Gadget.Size.LARGE);
        assertThat(g.price).isEqualTo(new BigDecimal("12.30"));
        assertThat(form.bind(Params.of("name", "x".repeat(31), "price", "1", "size", "HUGE")).errors().asMap())
                .containsOnlyKeys("name", "size");
    }
}

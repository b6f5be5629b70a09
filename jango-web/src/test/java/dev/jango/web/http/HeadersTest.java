package dev.jango.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The flat, sorted header representation: lookups ignore case, values of one name keep their order. */
class HeadersTest {

    @Test
    void lookupsIgnoreCaseAndKeepInsertionOrderPerName() {
        Headers h = Headers.builder().add("Vary", "Cookie").add("accept", "text/html").add("X-B", "1")
                .add("vary", "Accept-Encoding").add("Accept", "*/*").build();
        assertThat(h.first("VARY")).contains("Cookie");
        assertThat(h.all("vary")).containsExactly("Cookie", "Accept-Encoding");
        assertThat(h.all("Accept")).containsExactly("text/html", "*/*");
        assertThat(h.has("x-b")).isTrue();
        assertThat(h.has("x-a")).isFalse();
        assertThat(h.first("missing")).isEmpty();
        assertThat(h.all("missing")).isEmpty();
        assertThat(h.names()).containsExactly("accept", "Vary", "X-B");
        assertThat(h.size()).isEqualTo(5);
    }

    @Test
    void copiesReplaceAppendAndRemoveOneName() {
        Headers h = Headers.of("B", "1", "A", "1", "C", "1", "b", "2");
        assertThat(h.with("b", "3").all("B")).containsExactly("3");
        assertThat(h.with("b", "3").size()).isEqualTo(3);
        assertThat(h.with("D", "1").names()).containsExactly("A", "B", "C", "D");
        assertThat(h.plus("B", "9").all("b")).containsExactly("1", "2", "9");
        assertThat(h.plus("0", "x").first("0")).contains("x");
        assertThat(h.without("B").names()).containsExactly("A", "C");
        assertThat(h.without("nope")).isSameAs(h);
        assertThat(h.all("B")).as("the original is unchanged").containsExactly("1", "2");
    }

    @Test
    void defaultsFillOnlyMissingNames() {
        Headers defaults = Headers.of("X-Frame-Options", "DENY", "Referrer-Policy", "same-origin", "Vary", "a",
                "Vary", "b");
        Headers view = Headers.of("Content-Type", "text/plain", "x-frame-options", "SAMEORIGIN");
        Headers merged = view.withDefaults(defaults);
        assertThat(merged.first("X-Frame-Options")).contains("SAMEORIGIN");
        assertThat(merged.first("Referrer-Policy")).contains("same-origin");
        assertThat(merged.all("Vary")).containsExactly("a", "b");
        assertThat(merged.names()).containsExactly("Content-Type", "Referrer-Policy", "Vary", "x-frame-options");
        assertThat(merged.withDefaults(defaults)).as("nothing missing: the same instance").isSameAs(merged);
        assertThat(Headers.empty().withDefaults(defaults).size()).isEqualTo(4);
    }

    @Test
    void entriesAndForEachWalkEveryPairInOrder() {
        Headers h = Headers.of("b", "2", "A", "1", "B", "3");
        List<String> seen = new ArrayList<>();
        h.forEach((n, v) -> seen.add(n + "=" + v));
        assertThat(seen).containsExactly("A=1", "b=2", "B=3");
        assertThat(h.entries()).containsExactly(Map.entry("A", "1"), Map.entry("b", "2"), Map.entry("B", "3"));
        assertThat(h).hasToString("{A=[1], b=[2, 3]}");
    }

    @Test
    void manyHeadersSortStably() {
        Headers.Builder b = Headers.builder();
        for (int i = 0; i < 200; i++) {
            b.add("H" + (i % 7), Integer.toString(i));
        }
        Headers h = b.build();
        assertThat(h.all("h3")).hasSize(29).first().isEqualTo("3");
        assertThat(h.all("H3")).element(1).isEqualTo("10");
        assertThat(h.names()).containsExactly("H0", "H1", "H2", "H3", "H4", "H5", "H6");
    }

    @Test
    void injectionAndBadNamesAreRefused() {
        assertThatThrownBy(() -> Headers.empty().with("X", "a\r\nSet-Cookie: x=1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CR or LF");
        assertThatThrownBy(() -> Headers.empty().plus("Bad Name", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid header name");
        assertThatThrownBy(() -> Headers.of("A")).isInstanceOf(IllegalArgumentException.class);
    }
}

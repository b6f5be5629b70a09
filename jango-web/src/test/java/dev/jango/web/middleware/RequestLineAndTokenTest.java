package dev.jango.web.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hand-built request-stats line and the CSRF token encoding (both on every request's path). */
class RequestLineAndTokenTest {

    @Test
    void statsLineRoundsToTenthsLikeFormat() {
        assertThat(RequestStatsMiddleware.line("GET", "/books/", 200, 2, 1.84, 4.25))
                .isEqualTo("GET /books/ 200 db_queries=2 db_ms=1.8 total_ms=4.3");
        assertThat(RequestStatsMiddleware.line("POST", "/b/", 302, 0, 0, 0.04))
                .isEqualTo("POST /b/ 302 db_queries=0 db_ms=0.0 total_ms=0.0");
        assertThat(RequestStatsMiddleware.line("GET", "/", 200, 1, 12345.96, 99.95))
                .isEqualTo("GET / 200 db_queries=1 db_ms=12346.0 total_ms=100.0");
    }

    @Test
    void maskedTokensUnmaskToTheSecretAndDifferEachTime() {
        String secret = "abcdefghijklmnopqrstuvwxyzABCDEF";
        Set<String> masks = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String masked = CsrfMiddleware.mask(secret);
            assertThat(masked).hasSize(64).matches("[A-Za-z0-9]{64}");
            assertThat(CsrfMiddleware.unmask(masked)).isEqualTo(secret);
            masks.add(masked);
        }
        assertThat(masks).hasSize(200);
        assertThat(CsrfMiddleware.unmask("-".repeat(64))).isNull();
    }

    @Test
    void padCharactersCoverTheWholeAlphabet() {
        // 62 symbols drawn from bytes: the rejection step must not drop any (a modulo slip would skip the tail).
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            String pad = CsrfMiddleware.mask("a".repeat(32)).substring(0, 32);
            pad.chars().forEach(c -> seen.add((char) c));
        }
        assertThat(seen).hasSize(62);
    }
}

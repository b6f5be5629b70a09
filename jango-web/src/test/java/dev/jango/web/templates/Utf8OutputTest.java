package dev.jango.web.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Utf8OutputTest {
    private static byte[] expected(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void encodesAsciiTwoThreeAndFourByteCharsLikeStringGetBytes() {
        String text = "plain <b>&amp; · é ß € 中文 😀 end";
        Utf8Output out = new Utf8Output(4);
        out.write(text);
        assertThat(out.toByteArray()).isEqualTo(expected(text));
    }

    @Test
    void aSurrogatePairSplitAcrossTwoWritesIsOneCodePoint() {
        String emoji = "😀";
        Utf8Output out = new Utf8Output(16);
        out.write("a" + emoji.charAt(0));
        out.write(new char[] {emoji.charAt(1), 'b'}, 0, 2);
        assertThat(out.toByteArray()).isEqualTo(expected("a" + emoji + "b"));
    }

    @Test
    void loneSurrogatesBecomeQuestionMarksAsInTheJdk() {
        String[] cases = {"x\uD800y", "x\uDC00y", "\uD800\uD800\uDC00", "end\uD83D"};
        for (String s : cases) {
            Utf8Output out = new Utf8Output(1);
            for (char c : s.toCharArray()) {
                out.write(c);
            }
            assertThat(out.toByteArray()).as(s).isEqualTo(expected(s));
        }
    }

    @Test
    void randomTextInRandomPiecesMatchesTheJdkEncoder() {
        SplittableRandom random = new SplittableRandom(42);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(0, 300);
            for (int i = 0; i < length; i++) {
                int kind = random.nextInt(10);
                text.append(switch (kind) {
                    case 0 -> (char) random.nextInt(0x80, 0x800);
                    case 1 -> (char) random.nextInt(0x800, 0x10000);   // surrogates included, paired or not
                    case 2 -> new String(Character.toChars(random.nextInt(0x10000, 0x110000)));
                    default -> (char) random.nextInt(0x20, 0x80);
                });
            }
            String s = text.toString();
            Utf8Output out = new Utf8Output(random.nextInt(1, 64));
            int at = 0;
            while (at < s.length()) {
                int n = Math.min(s.length() - at, random.nextInt(1, 40));
                switch (random.nextInt(3)) {
                    case 0 -> out.write(s, at, n);
                    case 1 -> out.write(s.substring(at, at + n).toCharArray(), 0, n);
                    default -> {
                        for (int i = at; i < at + n; i++) {
                            out.write(s.charAt(i));
                        }
                    }
                }
                at += n;
            }
            assertThat(out.toByteArray()).as("round %d", round).isEqualTo(expected(s));
        }
    }

    @Test
    void sizeCountsBytesNotChars() {
        Utf8Output out = new Utf8Output(8);
        out.write("é€");
        assertThat(out.size()).isEqualTo(5);
        assertThat(out.toByteArray()).hasSize(5);
    }

    @Test
    void numbersAreWrittenAsTheirDigits() {
        long[] values = {0, 7, 10, 99, 4711, -1, -4711, Long.MAX_VALUE, Long.MIN_VALUE, Integer.MIN_VALUE};
        for (long v : values) {
            Utf8Output out = new Utf8Output(1);
            out.write("n=");
            out.writeSpecialized(v);
            out.writeSpecialized((int) v);
            assertThat(out.toByteArray()).as("%d", v).isEqualTo(expected("n=" + v + (int) v));
        }
    }

    @Test
    void aNumberAfterALoneHighSurrogateFollowsItsQuestionMark() {
        Utf8Output out = new Utf8Output(1);
        out.write("a\uD83D");
        out.writeSpecialized(42L);
        assertThat(out.toByteArray()).isEqualTo(expected("a\uD83D42"));
    }
}

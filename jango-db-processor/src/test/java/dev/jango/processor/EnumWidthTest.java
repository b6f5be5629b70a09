package dev.jango.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/**
 * Keyed enums store {@code key()}, known only at run time: the metamodel measures the keys when it is initialised
 * and rejects a declared {@code @Char(max)} they do not fit.
 */
class EnumWidthTest {
    static final String MODEL = """
            package width;
            import dev.jango.db.model.*;
            @Model public class Tagged extends Entity {
                @Id public long id;
                %s public Kind kind;
                public enum Kind implements Keyed {
                    SHORT("s"), LONGER("longer-key");
                    private final String key;
                    Kind(String key) { this.key = key; }
                    @Override public String key() { return key; }
                }
            }
            """;
    static final String DRIVER = """
            package width;
            public class Driver implements java.util.function.IntSupplier {
                @Override public int getAsInt() { return TaggedMeta.TAGGED.kind.spec().maxLength(); }
            }
            """;

    @Test
    void widthIsTheLongestKeyWhenUndeclared() throws Exception {
        assertThat(width("")).isEqualTo(10);
    }

    @Test
    void declaredWidthIsKeptWhenTheKeysFit() throws Exception {
        assertThat(width("@Char(max = 16)")).isEqualTo(16);
    }

    @Test
    void declaredWidthTooSmallForTheKeysFailsWhenTheMetamodelLoads() {
        assertThatThrownBy(() -> width("@Char(max = 3)"))
                .isInstanceOf(ExceptionInInitializerError.class)
                .cause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Tagged.kind: an enum key is 10 characters long, more than its @Char(max = 3)");
    }

    private static int width(String annotation) throws Exception {
        Compilation.Result result = Compilation.compile(Map.of("width.Tagged", MODEL.formatted(annotation),
                "width.Driver", DRIVER));
        assertThat(result.errors()).isEmpty();
        try (var loader = result.loader()) {
            IntSupplier driver = (IntSupplier) loader.loadClass("width.Driver").getConstructor().newInstance();
            return driver.getAsInt();
        }
    }
}

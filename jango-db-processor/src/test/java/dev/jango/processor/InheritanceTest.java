package dev.jango.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Fields of an abstract base class come first; a base in another package must expose them publicly. */
class InheritanceTest {

    @Test
    void inheritedFieldsAreColumnsBeforeTheModelsOwn() throws Exception {
        Compilation.Result result = Compilation.compile(Map.of(
                "inh.Stamped", """
                        package inh;
                        public abstract class Stamped extends dev.jango.db.model.Entity {
                            @dev.jango.db.model.Id public long id;
                            public java.time.Instant created;
                        }
                        """,
                "inh.Note", """
                        package inh;
                        @dev.jango.db.model.Model
                        public class Note extends Stamped {
                            @dev.jango.db.model.Text public String body;
                        }
                        """,
                "inh.Driver", """
                        package inh;
                        public class Driver implements java.util.concurrent.Callable<java.util.List<String>> {
                            @Override public java.util.List<String> call() {
                                return NoteMeta.NOTE.fields().stream().map(f -> f.column() + ":" + f.kind()).toList();
                            }
                        }
                        """));
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        try (var loader = result.loader()) {
            @SuppressWarnings("unchecked")
            Callable<List<String>> driver = (Callable<List<String>>) loader.loadClass("inh.Driver")
                    .getConstructor().newInstance();
            assertThat(driver.call()).containsExactly("id:BIG_AUTO", "created:DATETIME", "body:TEXT");
        }
    }

    @Test
    void packagePrivateFieldOfABaseInAnotherPackageIsAnError() {
        Compilation.Result result = Compilation.compile(Map.of(
                "base.Stamped", """
                        package base;
                        public abstract class Stamped extends dev.jango.db.model.Entity {
                            @dev.jango.db.model.Id public long id;
                            java.time.Instant created;
                        }
                        """,
                "inh.Note", """
                        package inh;
                        @dev.jango.db.model.Model
                        public class Note extends base.Stamped {
                            @dev.jango.db.model.Text public String body;
                        }
                        """));
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).contains(
                "Jango model Note, field created: inherited from base.Stamped in another package, so it must be public"));
    }
}

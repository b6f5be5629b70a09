package dev.jango.bookstore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.cli.Manage;
import dev.jango.cli.Project;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The committed migrations describe the models: a model change without its migration fails the build. */
class MigrationsUpToDateTest {
    @Test
    void makemigrationsCheckFindsNothingToDo() {
        Project project = Manage.loadProject(Path.of("").toAbsolutePath(), Map.of());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = Manage.run(project, new PrintWriter(out, true), new PrintWriter(err, true),
                "makemigrations", "--check");

        assertThat(exit).as("makemigrations --check said:%n%s%s", out, err).isZero();
        assertThat(out.toString()).contains("No changes detected");
    }
}

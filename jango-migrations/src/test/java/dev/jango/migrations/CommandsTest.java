package dev.jango.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.cli.AppSpec;
import dev.jango.cli.Manage;
import dev.jango.cli.Project;
import dev.jango.db.meta.ModelMeta;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The commands through {@code manage}, on SQLite. */
class CommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int manage(Project project, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Manage.run(project, new PrintWriter(out), new PrintWriter(err), args);
    }

    private static Project project(Path base, List<ModelMeta<?>> models) {
        AppSpec app = new AppSpec() {
            @Override
            public String label() {
                return "app";
            }

            @Override
            public List<ModelMeta<?>> models() {
                return models;
            }

            @Override
            public Path migrationsDirectory() {
                return Path.of("migrations");
            }
        };
        return new Project(base, Map.of("default", "sqlite:" + base.resolve("db.sqlite3")), List.of(app));
    }

    @Test
    void makemigrationsMigrateShowSqlLintAndSquash() throws Exception {
        Path base = Files.createTempDirectory("jango-cmd");
        Project v1 = project(base, TwentyModelApp.v1());
        assertThat(manage(v1, "makemigrations", "--check")).isEqualTo(1);
        assertThat(out.toString()).contains("Create model M01");
        assertThat(manage(v1, "makemigrations", "--dry-run")).isZero();
        assertThat(base.resolve("migrations/0001_initial.json")).doesNotExist();
        assertThat(manage(v1, "makemigrations")).isZero();
        assertThat(base.resolve("migrations/0001_initial.json")).exists();
        assertThat(manage(v1, "makemigrations", "--check")).isZero();
        assertThat(out.toString()).contains("No changes detected");

        assertThat(manage(v1, "migrate", "--plan")).isZero();
        assertThat(out.toString()).contains("Apply app.0001_initial", "Create model M20");
        assertThat(manage(v1, "migrate")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Applying app.0001_initial... OK");
        assertThat(manage(v1, "showmigrations")).isZero();
        assertThat(out.toString()).contains("[X] 0001_initial");

        Project v2 = project(base, TwentyModelApp.v2());
        assertThat(manage(v2, "makemigrations", "--rename", "app.M05.name=label", "--no-input")).isZero();
        assertThat(out.toString()).contains("Rename field name on M05 to label (column unchanged)");
        assertThat(manage(v2, "migrate", "--check")).isEqualTo(1);
        assertThat(manage(v2, "lintmigrations")).as("v2 drops M07; M06.legacy leaves the state only").isEqualTo(1);
        assertThat(out.toString()).contains("JM008 drop-table").doesNotContain("JM007", "JM009", "JM011");
        assertThat(manage(v2, "makemigrations", "--no-input")).isZero();
        assertThat(out.toString()).contains("No changes detected", "Pending for 'app': drop column legacy of M06");
        assertThat(manage(v2, "makemigrations", "--no-input", "--release")).isZero();
        assertThat(out.toString()).contains("Drop column legacy of M06").doesNotContain("lint:");
        assertThat(manage(v2, "sqlmigrate", "app", "0001_initial")).isZero();
        assertThat(out.toString()).startsWith("BEGIN;").contains("CREATE TABLE \"zm_m01\"").contains("COMMIT;");
        assertThat(manage(v2, "sqlmigrate", "app", "0001_initial", "--backwards")).isZero();
        assertThat(out.toString()).contains("DROP TABLE \"zm_m20\"");
        assertThat(manage(v2, "migrate")).as(err.toString()).isZero();
        assertThat(manage(v2, "migrate", "app", "zero")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Unapplying app.0001_initial... OK");

        String head = Files.readString(base.resolve("migrations/HEAD")).strip();
        assertThat(manage(v2, "squashmigrations", "app", head)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("into " + head.substring(0, 4) + "_squashed_0001");
        assertThat(manage(v2, "migrate")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Applying app." + head.substring(0, 4) + "_squashed_0001... OK")
                .doesNotContain("Applying app.0001_initial");
        assertThat(manage(v2, "makemigrations", "--check")).isZero();
    }

    @Test
    void migrateSnapshotBuildsAFreshDatabase() throws Exception {
        Path base = Files.createTempDirectory("jango-cmd");
        Project v1 = project(base, TwentyModelApp.v1());
        manage(v1, "makemigrations");
        assertThat(manage(v1, "migrate", "--snapshot")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Built app from schema.json: 20 tables, 1 migrations recorded as applied",
                "No migrations to apply.");
        assertThat(manage(v1, "showmigrations")).isZero();
        assertThat(out.toString()).contains("[X] 0001_initial");
    }

    @Test
    void badTargetIsOneLineError() throws Exception {
        Path base = Files.createTempDirectory("jango-cmd");
        Project v1 = project(base, TwentyModelApp.v1());
        manage(v1, "makemigrations");
        assertThat(manage(v1, "migrate", "app", "0042_nope")).isEqualTo(1);
        assertThat(err.toString()).contains("error: no migration app.0042_nope (migrations of app: [0001_initial])");
        assertThat(manage(v1, "migrate", "shop")).isEqualTo(1);
        assertThat(err.toString()).contains("no app 'shop'");
    }
}

package dev.jango.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.meta.ModelMeta;
import dev.jango.migrations.executor.Target;
import dev.jango.migrations.models.Edition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A model compiled with the Jango processor, migrated on each backend: defaults, keys, uniques, checks, indexes. */
class GeneratedModelTest {
    static List<String> vendors() {
        return TestDb.vendors();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("vendors")
    void generatedMetamodelMigratesWithStoredDefaults(String vendor) throws Exception {
        Path dir = Files.createTempDirectory("jango-gen");
        List<ModelMeta<?>> models = List.of(ModelMeta.of(Edition.class));
        Workspace ws = MigrateEndToEndTest.workspace(dir, models);
        MakeMigrations.run(ws, MakeMigrations.Options.defaults(), s -> { });
        assertThat(Files.readString(dir.resolve("0001_initial.json"))).contains("\"default\" : \"pb\"");
        try (TestDb db = TestDb.open(vendor)) {
            MigrateEndToEndTest.migrate(db, ws, Target.latest(), new ArrayList<>());
            var q = db.editor;
            try (Statement st = db.connection.createStatement()) {
                st.execute("INSERT INTO " + q.quote("zg_edition") + " (" + q.quote("title") + ") VALUES ('Dune')");
                try (ResultSet rs = st.executeQuery("SELECT " + q.quote("format") + ", " + q.quote("price") + ", "
                        + q.quote("in_print") + " FROM " + q.quote("zg_edition"))) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("pb");
                    assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("0");
                    assertThat(rs.getBoolean(3)).isTrue();
                }
            }
            assertThatThrownBy(() -> exec(db, "INSERT INTO " + q.quote("zg_edition") + " (" + q.quote("title")
                    + ") VALUES ('Dune')")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> exec(db, "INSERT INTO " + q.quote("zg_edition") + " (" + q.quote("title") + ", "
                    + q.quote("price") + ") VALUES ('Emma', -1)")).isInstanceOf(SQLException.class);
            assertThat(db.indexes("zg_edition")).contains("zg_edition_title_pub", "zg_edition_published_idx",
                    "zg_edition_title_uniq");
        }
        assertThat(MakeMigrations.run(ws, new MakeMigrations.Options(List.of(),
                dev.jango.migrations.autodetect.Questioner.never(), java.util.Optional.empty(), false), s -> { })
                .changed()).isFalse();
    }

    private static void exec(TestDb db, String sql) throws SQLException {
        try (Statement st = db.connection.createStatement()) {
            st.execute(sql);
        }
    }
}

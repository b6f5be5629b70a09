package dev.jango.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.db.schema.SchemaEditor;
import dev.jango.migrations.autodetect.Questioner;
import dev.jango.migrations.executor.PlanStep;
import dev.jango.migrations.executor.Prepared;
import dev.jango.migrations.graph.MigrationGraph;
import dev.jango.migrations.graph.MigrationKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DDL of the 20-model app's migrations, forwards then backwards, per vendor, compared with committed golden
 * files so that a change in generated SQL shows up as a reviewable diff. Regenerate with
 * {@code -Django.golden.update=true}.
 */
class GoldenSqlTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static List<String> vendors() {
        return TestDb.vendors();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("vendors")
    void migrationSqlMatchesTheGoldenFile(String vendor) throws Exception {
        Path dir = Files.createTempDirectory("jango-golden");
        MakeMigrations.run(MigrateEndToEndTest.workspace(dir, TwentyModelApp.v1()), MakeMigrations.Options.defaults(),
                s -> { });
        Workspace ws = MigrateEndToEndTest.workspace(dir, TwentyModelApp.v2());
        MakeMigrations.run(ws, new MakeMigrations.Options(List.of(), Questioner.answers(TwentyModelApp.renames()),
                Optional.empty(), true), s -> { });
        MakeMigrations.run(ws, new MakeMigrations.Options(List.of(), Questioner.never(), Optional.empty(), true, true),
                s -> { });
        MigrationGraph graph = ws.graph(Set.of());
        List<MigrationKey> order = graph.order();
        StringBuilder sql = new StringBuilder();
        render(sql, Prepared.of(graph, order.stream().map(k -> new PlanStep(k, false)).toList(),
                SchemaEditor.forVendor(vendor)));
        render(sql, Prepared.of(graph, order.reversed().stream().map(k -> new PlanStep(k, true)).toList(),
                SchemaEditor.forVendor(vendor)));
        Path golden = GOLDEN.resolve(vendor + ".sql");
        if (Boolean.getBoolean("jango.golden.update") || !Files.exists(golden)) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, sql);
        }
        assertThat(sql.toString()).isEqualTo(Files.readString(golden));
    }

    private static void render(StringBuilder out, List<Prepared> prepared) {
        for (Prepared p : prepared) {
            out.append("-- ").append(p.step()).append(p.atomic() ? "" : " (not atomic)").append('\n');
            p.steps().forEach(s -> out.append(s).append('\n'));
        }
    }
}

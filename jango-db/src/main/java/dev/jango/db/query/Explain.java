package dev.jango.db.query;

import dev.jango.db.connection.Database;
import dev.jango.db.dialect.Dialect;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@link QuerySet#explain(ExplainOption...)}: the model SELECT prefixed with each backend's plan statement, the
 * plan rows rendered as text. PostgreSQL answers one text line per row; MariaDB a table, rendered as a header
 * line and one line per row with {@code |} between columns; SQLite's {@code EXPLAIN QUERY PLAN} tree, indented by
 * depth.
 */
final class Explain {
    private Explain() {
    }

    static String plan(Database db, QueryState<?> state, ExplainOption... options) {
        Set<ExplainOption> chosen = options.length == 0 ? EnumSet.noneOf(ExplainOption.class)
                : EnumSet.copyOf(List.of(options));
        boolean analyze = chosen.contains(ExplainOption.ANALYZE);
        Statement select = Compiler.select(Dialect.of(db.vendor()), state, Loader.columns(state));
        String prefix = switch (db.vendor()) {
            case POSTGRESQL -> analyze ? "EXPLAIN ANALYZE " : "EXPLAIN ";
            case MARIADB -> analyze ? "ANALYZE " : "EXPLAIN ";
            case SQLITE -> {
                if (analyze) {
                    throw new ExplainNotSupported(state.model().name() + ": explain(ANALYZE) is not supported on "
                            + "SQLite, which has only EXPLAIN QUERY PLAN (no actual timings); use explain()");
                }
                yield "EXPLAIN QUERY PLAN ";
            }
        };
        Statement st = new Statement(prefix + select.sql(), select.params());
        return switch (db.vendor()) {
            case POSTGRESQL -> Execution.query(db, st, Explain::lines);
            case MARIADB -> Execution.query(db, st, Explain::table);
            case SQLITE -> Execution.query(db, st, Explain::tree);
        };
    }

    private static String lines(ResultSet rs) throws SQLException {
        StringBuilder out = new StringBuilder();
        while (rs.next()) {
            out.append(out.isEmpty() ? "" : "\n").append(rs.getString(1));
        }
        return out.toString();
    }

    private static String table(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            out.append(i == 1 ? "" : " | ").append(md.getColumnLabel(i));
        }
        while (rs.next()) {
            out.append('\n');
            for (int i = 1; i <= md.getColumnCount(); i++) {
                out.append(i == 1 ? "" : " | ").append(rs.getString(i));
            }
        }
        return out.toString();
    }

    /** Rows are (id, parent, notused, detail) in tree order; a child is indented one step past its parent. */
    private static String tree(ResultSet rs) throws SQLException {
        java.util.Map<Integer, Integer> depth = new java.util.HashMap<>();
        StringBuilder out = new StringBuilder("QUERY PLAN");
        while (rs.next()) {
            int id = rs.getInt(1);
            int level = depth.getOrDefault(rs.getInt(2), -1) + 1;
            depth.put(id, level);
            out.append('\n').append("  ".repeat(level)).append("`--").append(rs.getString(4));
        }
        return out.toString();
    }
}

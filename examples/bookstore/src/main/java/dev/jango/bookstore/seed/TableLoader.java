package dev.jango.bookstore.seed;

import dev.jango.db.connection.BoundValue;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.Vendor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Inserts generated rows into one table with multi-row {@code INSERT … VALUES (…), (…)} statements, a batch of
 * them per transaction, reporting progress after each transaction. Stands in for {@code bulkCreate} until that is
 * on main (ADR 0090): the statements are the same shape bulkCreate sends, without building model instances.
 *
 * <pre>{@code
 * new TableLoader(db, "tag", List.of("id", "name"), 500).load(100, t -> List.of(t, "tag-" + t), done -> {});
 * }</pre>
 */
final class TableLoader {
    /** Statements per transaction. */
    private static final int STATEMENTS_PER_COMMIT = 20;

    private final Database db;
    private final String table;
    private final List<String> columns;
    private final int rowsPerStatement;

    TableLoader(Database db, String table, List<String> columns, int rowsPerStatement) {
        this.db = db;
        this.table = table;
        this.columns = List.copyOf(columns);
        this.rowsPerStatement = rowsPerStatement;
    }

    /** Rows are numbered 1..count; {@code row} gives the column values of one (in column order). */
    interface RowSource {
        List<List<Object>> rows(long n);
    }

    /** Inserts the rows of sources 1..count (each yields one or more rows); reports rows done after each commit. */
    long load(long count, RowSource source, LongConsumer progress) {
        long done = 0;
        long n = 1;
        while (n <= count) {
            long from = n;
            // One transaction: up to STATEMENTS_PER_COMMIT statements; returns {next source, rows written}.
            long[] step = db.atomic(() -> {
                long m = from;
                long rows = 0;
                List<BoundValue> params = new ArrayList<>();
                for (int s = 0; s < STATEMENTS_PER_COMMIT && m <= count; s++) {
                    params.clear();
                    int inStatement = 0;
                    while (m <= count && inStatement < rowsPerStatement) {
                        for (List<Object> row : source.rows(m)) {
                            row.forEach(v -> params.add(BoundValue.of(v)));
                            inStatement++;
                        }
                        m++;
                    }
                    db.update(insert(inStatement), params);
                    rows += inStatement;
                }
                return new long[] {m, rows};
            });
            n = step[0];
            done += step[1];
            progress.accept(done);
        }
        return done;
    }

    private String insert(int rowCount) {
        Vendor v = db.vendor();
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(v.quote(table)).append(" (");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(v.quote(columns.get(i)));
        }
        sql.append(") VALUES ");
        String one = "(" + "?, ".repeat(columns.size() - 1) + "?)";
        for (int r = 0; r < rowCount; r++) {
            sql.append(r == 0 ? "" : ", ").append(one);
        }
        return sql.toString();
    }
}

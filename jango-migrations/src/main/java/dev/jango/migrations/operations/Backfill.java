package dev.jango.migrations.operations;

import dev.jango.migrations.state.ProjectState;
import java.util.List;

/**
 * Fills a column in batches: {@code UPDATE … SET column = value WHERE column IS NULL} on at most
 * {@code batchSize} rows at a time, committing each batch and pausing {@code pauseMillis} between them, so no
 * long lock is held. Resumable by construction: a rerun continues with the rows still NULL. Not atomic.
 *
 * @param valueSql a SQL expression for the new value ({@code "0"}, {@code "lower(title)"})
 */
public record Backfill(String model, String field, String valueSql, int batchSize, long pauseMillis)
        implements Operation {
    public Backfill {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("backfill of " + model + "." + field + ": batch size must be > 0");
        }
    }

    @Override
    public String describe() {
        return "Backfill " + model + "." + field + " = " + valueSql + " (batches of " + batchSize + ")";
    }

    @Override
    public ProjectState apply(String app, ProjectState before) {
        before.model(app, model).table().requireField(field);
        return before;
    }

    @Override
    public boolean atomic() {
        return false;
    }

    @Override
    public List<Step> forwards(OpContext ctx, ProjectState before) {
        var table = before.model(ctx.app(), model).table();
        var e = ctx.editor();
        String t = e.quote(table.name());
        String c = e.quote(table.requireField(field).column());
        String pk = e.quote(table.fields().stream().filter(f -> f.primaryKey()).findFirst().orElseThrow().column());
        // MariaDB cannot LIMIT inside an IN subquery on the updated table, but has UPDATE … LIMIT.
        String sql = e.vendorName().equals("mariadb")
                ? "UPDATE " + t + " SET " + c + " = " + valueSql + " WHERE " + c + " IS NULL ORDER BY " + pk
                        + " LIMIT " + batchSize
                : "UPDATE " + t + " SET " + c + " = " + valueSql + " WHERE " + pk + " IN (SELECT " + pk + " FROM "
                        + t + " WHERE " + c + " IS NULL ORDER BY " + pk + " LIMIT " + batchSize + ")";
        String count = "SELECT COUNT(*) FROM " + t + " WHERE " + c + " IS NULL";
        String task = "backfill " + table.name() + "." + field;
        return List.of(new Step.Code(describe() + ": " + sql, (db, progress) -> {
            // Counted once up front for the bar; rows written meanwhile by the application only shorten the run.
            long total = db.query(count, List.of(), rs -> rs.next() ? rs.getLong(1) : 0L);
            long done = 0;
            progress.advance(task, done, total);
            while (true) {
                // Outside a transaction each UPDATE commits by itself, so no batch holds its locks for long.
                int n = db.update(sql, List.of());
                done += n;
                progress.advance(task, done, Math.max(total, done));
                if (n < batchSize) {
                    break;
                }
                pause();
            }
            progress.finish(task, done);
        }));
    }

    private void pause() {
        if (pauseMillis <= 0) {
            return;
        }
        try {
            Thread.sleep(pauseMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("backfill of " + model + "." + field + " interrupted", e);
        }
    }

    @Override
    public List<Step> backwards(OpContext ctx, ProjectState before) {
        return List.of();
    }
}

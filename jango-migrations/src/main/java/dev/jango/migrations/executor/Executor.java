package dev.jango.migrations.executor;

import dev.jango.db.connection.Database;
import dev.jango.db.schema.SchemaEditor;
import dev.jango.migrations.graph.GraphException;
import dev.jango.migrations.graph.Migration;
import dev.jango.migrations.graph.MigrationGraph;
import dev.jango.migrations.graph.MigrationKey;
import dev.jango.migrations.operations.CreateModel;
import dev.jango.migrations.operations.Operation;
import dev.jango.migrations.operations.Step;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Applies and unapplies migrations on one {@link Database}: every statement goes through it, so it is counted in
 * {@code Queries} and failures arrive as the db-conn exceptions. Open that database with a pool of one
 * connection ({@code ?pool=1}): a non-atomic migration's session settings ({@code lock_timeout}) must reach the
 * statements that follow them. Everything that can be checked is checked before the first
 * statement runs: the target exists, applied migrations are still on disk, every step of the plan can be built
 * (an irreversible operation in a backward plan stops here).
 *
 * <p>A migration runs in one transaction when it is atomic and the database has transactional DDL; on PostgreSQL
 * it runs under {@code lock_timeout} and is retried with backoff when it times out waiting for a lock. Elsewhere
 * statements run one by one and a failure reports which ones took effect.
 */
public final class Executor {
    /** PostgreSQL's lock_not_available. */
    private static final String LOCK_TIMEOUT = "55P03";

    /**
     * @param lockTimeout PostgreSQL lock_timeout for DDL
     * @param retries     extra attempts after a lock timeout
     * @param backoff     wait before the first retry, doubled each time
     */
    public record Options(Duration lockTimeout, int retries, Duration backoff) {
        public static Options defaults() {
            return new Options(Duration.ofSeconds(5), 3, Duration.ofSeconds(1));
        }
    }

    /** Run the SQL, only record it ({@code --fake}), or skip initial migrations whose tables exist. */
    public enum Mode { RUN, FAKE, FAKE_INITIAL }

    private final Database db;
    private final SchemaEditor editor;
    private final Options options;
    private final Consumer<String> out;
    private final Step.Progress progress;
    private final Recorder recorder;

    public Executor(Database db, SchemaEditor editor, Options options, Consumer<String> out) {
        this(db, editor, options, out, msg -> out.accept("  " + msg));
    }

    /** As the four-argument form, with {@code progress} receiving code steps' progress (a terminal bar). */
    public Executor(Database db, SchemaEditor editor, Options options, Consumer<String> out, Step.Progress progress) {
        this.db = db;
        this.editor = editor;
        this.options = options;
        this.out = out;
        this.progress = progress;
        this.recorder = new Recorder(editor);
    }

    /** The database migrations run on. */
    public Database database() {
        return db;
    }

    public Map<MigrationKey, String> applied() {
        try {
            return recorder.applied(db);
        } catch (RuntimeException e) {
            throw new MigrationFailure("cannot read " + Recorder.TABLE + ": " + e.getMessage(), List.of(), e);
        }
    }

    /** Applied migrations whose file changed since (key → "recorded hash → file hash"). */
    public static List<String> edited(MigrationGraph graph, Map<MigrationKey, String> applied) {
        List<String> edited = new ArrayList<>();
        applied.forEach((k, hash) -> {
            Migration m = graph.nodes().get(k);
            if (m != null && !m.hash().equals(hash)) {
                edited.add(k + " was edited after it was applied (recorded " + hash.substring(0, 12) + ", file "
                        + m.hash().substring(0, 12) + ")");
            }
        });
        return edited;
    }

    /** The steps that reach {@code target}; a {@link GraphException} for an unknown app or migration. */
    public List<PlanStep> plan(MigrationGraph graph, Target target) {
        Set<MigrationKey> applied = applied().keySet();
        List<MigrationKey> missing = applied.stream().filter(k -> !graph.nodes().containsKey(k))
                .filter(k -> graph.nodes().values().stream().noneMatch(m -> m.replaces().contains(k))).toList();
        if (!missing.isEmpty()) {
            throw new GraphException("applied migrations are no longer on disk: " + missing
                    + " (restore the files, or remove their rows from " + Recorder.TABLE + " if they were squashed"
                    + " away deliberately)");
        }
        return switch (target) {
            case Target.Latest l -> {
                List<MigrationKey> heads = l.app().map(a -> List.of(graph.leaf(requireApp(graph, a))))
                        .orElseGet(() -> graph.apps().stream().map(graph::leaf).toList());
                yield graph.forwardPlan(heads, applied).stream().map(k -> new PlanStep(k, false)).toList();
            }
            case Target.To t -> {
                graph.get(t.key());
                if (applied.contains(t.key())) {
                    yield graph.backwardPlan(t.key().app(), Optional.of(t.key()), applied).stream()
                            .map(k -> new PlanStep(k, true)).toList();
                }
                yield graph.forwardPlan(List.of(t.key()), applied).stream().map(k -> new PlanStep(k, false)).toList();
            }
            case Target.Zero z -> graph.backwardPlan(requireApp(graph, z.app()), Optional.empty(), applied).stream()
                    .map(k -> new PlanStep(k, true)).toList();
        };
    }

    private static String requireApp(MigrationGraph graph, String app) {
        if (!graph.apps().contains(app)) {
            throw new GraphException("app '" + app + "' has no migrations (apps with migrations: " + graph.apps() + ")");
        }
        return app;
    }

    /** The SQL (and named code) of each step, forwards or backwards, without touching the database. */
    public List<Prepared> prepare(MigrationGraph graph, List<PlanStep> plan) {
        return Prepared.of(graph, plan, editor);
    }

    /** Runs {@code plan}: every step prepared first, then each migration in turn. */
    public void migrate(MigrationGraph graph, List<PlanStep> plan, Mode mode) {
        List<Prepared> prepared = prepare(graph, plan);
        edited(graph, applied()).forEach(w -> out.accept("warning: " + w));
        try {
            recorder.ensure(db);
        } catch (RuntimeException e) {
            throw new MigrationFailure("cannot prepare " + Recorder.TABLE + ": " + e.getMessage(), List.of(), e);
        }
        for (Prepared p : prepared) {
            run(p, mode);
        }
    }

    private void run(Prepared p, Mode mode) {
        MigrationKey key = p.step().key();
        String verb = p.step().backwards() ? "Unapplying " : "Applying ";
        if (mode == Mode.FAKE || (mode == Mode.FAKE_INITIAL && !p.step().backwards() && initialTablesExist(p))) {
            if (p.step().backwards()) {
                recorder.unrecord(db, key);
            } else {
                recorder.record(db, key, p.migration().hash());
            }
            out.accept(verb + key + "... FAKED");
            return;
        }
        long start = System.nanoTime();
        // SQLite rebuilds a table by DROP + RENAME; with foreign keys on, the DROP of a referenced table would
        // cascade to (or null out) the rows referencing it. The pragma is ignored inside a transaction, so it is
        // set around the migration, on the one pooled connection, and the keys are checked before commit.
        boolean sqlite = editor.vendorName().equals("sqlite");
        if (sqlite) {
            db.execute("PRAGMA foreign_keys = OFF");
        }
        try {
            if (p.atomic() && editor.transactionalDdl()) {
                runTransactional(p);
            } else {
                runStatementByStatement(p);
            }
        } finally {
            if (sqlite) {
                db.execute("PRAGMA foreign_keys = ON");
            }
        }
        out.accept(verb + key + "... OK (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
    }

    private boolean initialTablesExist(Prepared p) {
        if (!p.migration().initial()) {
            return false;
        }
        for (Operation op : p.migration().operations()) {
            if (op instanceof CreateModel c && !db.withConnection(conn -> Recorder.tableExists(conn, c.table().name()))) {
                return false;
            }
        }
        return true;
    }

    private void runTransactional(Prepared p) {
        Duration wait = options.backoff();
        for (int attempt = 0; ; attempt++) {
            int[] k = {0};
            try {
                db.atomic(() -> {
                    setLockTimeout(true);
                    for (; k[0] < p.steps().size(); k[0]++) {
                        execute(p.steps().get(k[0]));
                    }
                    checkForeignKeys();
                    finish(p);
                });
                return;
            } catch (RuntimeException e) {
                if (isLockTimeout(e) && attempt < options.retries()) {
                    out.accept("  lock_timeout on " + p.step().key() + "; retrying in " + wait.toMillis() + " ms");
                    sleep(wait);
                    wait = wait.multipliedBy(2);
                    continue;
                }
                throw new MigrationFailure(failureAt(p, k[0], e) + "; the migration was rolled back, the database"
                        + " is as it was before it", List.of(), e);
            }
        }
    }

    private void runStatementByStatement(Prepared p) {
        setLockTimeout(false);
        List<String> ran = new ArrayList<>();
        for (int k = 0; k < p.steps().size(); k++) {
            Step step = p.steps().get(k);
            Duration wait = options.backoff();
            for (int attempt = 0; ; attempt++) {
                try {
                    execute(step);
                    ran.add(step.toString());
                    break;
                } catch (RuntimeException e) {
                    if (isLockTimeout(e) && attempt < options.retries()) {
                        sleep(wait);
                        wait = wait.multipliedBy(2);
                        continue;
                    }
                    throw new MigrationFailure(recovery(p, k, e, ran), ran, e);
                }
            }
        }
        try {
            finish(p);
        } catch (RuntimeException e) {
            throw new MigrationFailure(recovery(p, p.steps().size(), e, ran), ran, e);
        }
    }

    private String recovery(Prepared p, int k, Throwable e, List<String> ran) {
        StringBuilder sb = new StringBuilder(failureAt(p, k, e));
        sb.append(editor.transactionalDdl() ? "\nThis migration is not atomic, so earlier statements stayed applied."
                : "\n" + editor.vendorName() + " commits each DDL statement, so earlier statements stayed applied.");
        sb.append("\nStatements that ran (").append(ran.size()).append("):");
        ran.forEach(s -> sb.append("\n  ").append(s));
        sb.append("\nStatements not run:");
        for (int i = k; i < p.steps().size(); i++) {
            sb.append("\n  ").append(p.steps().get(i));
        }
        sb.append("\nTo recover: either fix the cause and run the statements not run by hand, then `migrate --fake ")
                .append(p.step().key().app()).append(' ').append(p.step().key().name())
                .append("`; or undo the statements that ran by hand and run `migrate` again.");
        return sb.toString();
    }

    private String failureAt(Prepared p, int k, Throwable e) {
        int op = k < p.opIndex().size() ? p.opIndex().get(k) : p.opIndex().isEmpty() ? 0 : p.opIndex().getLast();
        String where = k < p.steps().size() ? " at statement " + p.steps().get(k) : " while recording it";
        return (p.step().backwards() ? "unapplying " : "applying ") + p.step().key() + " failed in operation "
                + (op + 1) + " (" + p.migration().operations().get(op).describe() + ")" + where + ": "
                + e.getMessage();
    }

    private void finish(Prepared p) {
        if (p.step().backwards()) {
            recorder.unrecord(db, p.step().key());
        } else {
            recorder.record(db, p.step().key(), p.migration().hash());
        }
    }

    private void execute(Step step) {
        switch (step) {
            case Step.Sql sql -> db.execute(sql.sql());
            case Step.Code code -> {
                try {
                    code.action().run(db, progress);
                } catch (SQLException e) {
                    // Raw JDBC in user code: keep the driver's exception (and its SQLSTATE) as the cause.
                    throw new IllegalStateException(code.description() + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /** SQLite with its foreign keys off: a violation left by the migration fails it before commit. */
    private void checkForeignKeys() {
        if (!editor.vendorName().equals("sqlite")) {
            return;
        }
        String broken = db.query("PRAGMA foreign_key_check", List.of(), rs -> rs.next()
                ? rs.getString(1) + " row " + rs.getLong(2) + " references a missing row of " + rs.getString(3) : null);
        if (broken != null) {
            throw new IllegalStateException("foreign key violation after the migration: " + broken);
        }
    }

    /** Session-wide for a non-atomic migration: the one-connection pool carries it to the statements after it. */
    private void setLockTimeout(boolean local) {
        if (!editor.vendorName().equals("postgresql")) {
            return;
        }
        db.execute("SET " + (local ? "LOCAL " : "") + "lock_timeout = '" + options.lockTimeout().toMillis() + "ms'");
    }

    private static boolean isLockTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && LOCK_TIMEOUT.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationFailure("interrupted while waiting to retry", List.of(), e);
        }
    }
}

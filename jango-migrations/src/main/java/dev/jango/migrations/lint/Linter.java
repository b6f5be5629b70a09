package dev.jango.migrations.lint;

import dev.jango.db.meta.FieldSpec;
import dev.jango.db.schema.Table;
import dev.jango.migrations.graph.History;
import dev.jango.migrations.graph.Migration;
import dev.jango.migrations.graph.MigrationGraph;
import dev.jango.migrations.graph.MigrationKey;
import dev.jango.migrations.operations.AddConstraint;
import dev.jango.migrations.operations.AddField;
import dev.jango.migrations.operations.AddIndex;
import dev.jango.migrations.operations.AlterField;
import dev.jango.migrations.operations.AlterTable;
import dev.jango.migrations.operations.Backfill;
import dev.jango.migrations.operations.Constraint;
import dev.jango.migrations.operations.CreateModel;
import dev.jango.migrations.operations.DeleteModel;
import dev.jango.migrations.operations.Operation;
import dev.jango.migrations.operations.RemoveField;
import dev.jango.migrations.operations.RenameField;
import dev.jango.migrations.operations.RunCode;
import dev.jango.migrations.operations.RunSql;
import dev.jango.migrations.operations.ValidateConstraint;
import dev.jango.migrations.state.ProjectState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks migrations against the {@link Rule}s for one vendor. Tables created in the same migration are exempt
 * (nobody reads them yet). A rule silenced in the migration's {@code lint} map with a non-blank reason is skipped.
 */
public final class Linter {
    private static final Pattern VOLATILE = Pattern.compile(
            "(?i)default\\s*\\(?\\s*(now\\(\\)|current_timestamp|random\\(\\)|gen_random_uuid\\(\\)|uuid\\(\\)|clock_timestamp\\(\\))");
    private static final Pattern DDL = Pattern.compile("(?i)^\\s*(alter|create|drop)\\s");

    private Linter() {
    }

    /** Lints {@code keys} (all migrations when empty), with the executor's lock_timeout setting. */
    public static List<Finding> lint(MigrationGraph graph, String vendor, Collection<MigrationKey> keys,
                                     Duration lockTimeout) {
        History history = History.of(graph);
        List<Finding> findings = new ArrayList<>();
        for (MigrationKey key : graph.order()) {
            if (!keys.isEmpty() && !keys.contains(key)) {
                continue;
            }
            findings.addAll(lint(graph.get(key), history.before(key), vendor, lockTimeout));
        }
        return findings;
    }

    public static List<Finding> lint(Migration m, ProjectState before, String vendor, Duration lockTimeout) {
        List<Finding> raw = new ArrayList<>();
        Set<String> created = new HashSet<>();
        m.operations().stream().filter(o -> o instanceof CreateModel).forEach(o -> created.add(((CreateModel) o).name()));
        boolean hasDdl = m.operations().stream().anyMatch(o -> !(o instanceof Backfill || o instanceof RunCode));
        boolean atomic = m.atomic() && m.operations().stream().allMatch(Operation::atomic);
        ProjectState s = before;
        for (int i = 0; i < m.operations().size(); i++) {
            Operation op = m.operations().get(i);
            Check c = new Check(m, i + 1, raw);
            check(c, op, s, created, m, hasDdl, atomic, lockTimeout);
            s = op.apply(m.app(), s);
        }
        List<Finding> out = new ArrayList<>();
        m.silenced().forEach((id, reason) -> {
            if (reason == null || reason.isBlank()) {
                out.add(new Finding(Rule.SILENCE_WITHOUT_REASON, m.key(), 0, "rule " + id
                        + " is silenced without a reason; write why it is safe here"));
            }
        });
        for (Finding f : raw) {
            String reason = m.silenced().get(f.rule().id());
            if (f.rule().appliesTo(vendor) && (reason == null || reason.isBlank())) {
                out.add(f);
            }
        }
        return out;
    }

    private record Check(Migration m, int op, List<Finding> out) {
        void add(Rule rule, String message) {
            out.add(new Finding(rule, m.key(), op, message));
        }
    }

    private static void check(Check c, Operation op, ProjectState s, Set<String> created, Migration m, boolean hasDdl,
                              boolean atomic, Duration lockTimeout) {
        String app = m.app();
        switch (op) {
            case AddField a when !created.contains(a.model()) -> {
                FieldSpec f = a.field();
                if (!f.nullable() && f.defaultValue().isEmpty()) {
                    c.add(Rule.NOT_NULL_WITHOUT_DEFAULT, "NOT NULL column " + table(s, app, a.model()) + "."
                            + f.column() + " without a default fails on a table with rows; add it nullable, backfill,"
                            + " then make it required (or give it a @Default)");
                }
                if (f.unique()) {
                    c.add(Rule.UNIQUE_NOT_CONCURRENT, "unique column " + f.column() + " builds its index under a"
                            + " write lock; add the column, then the unique constraint online");
                }
                if (f.indexed()) {
                    c.add(Rule.INDEX_NOT_CONCURRENT, "indexed column " + f.column() + " builds its index under a"
                            + " write lock; add the column, then an index concurrently");
                }
                lockCheck(c, lockTimeout);
            }
            case AlterField a when !created.contains(a.model()) -> {
                Table t = s.model(app, a.model()).table();
                FieldSpec old = t.requireField(a.field().name());
                FieldSpec now = a.field();
                if (old.nullable() && !now.nullable() && !hasValidNotNullCheck(t, now)) {
                    c.add(Rule.SET_NOT_NULL, "SET NOT NULL on " + t.name() + "." + now.column() + " scans the table"
                            + " under an exclusive lock; add CHECK (" + now.column() + " IS NOT NULL) NOT VALID,"
                            + " VALIDATE it in a later migration, then SET NOT NULL");
                }
                if (rewrites(old, now)) {
                    c.add(Rule.REWRITING_TYPE_CHANGE, "changing " + t.name() + "." + now.column() + " from "
                            + old.kind() + sizes(old) + " to " + now.kind() + sizes(now) + " rewrites the table under"
                            + " an exclusive lock; add a new column, backfill, switch reads, drop the old one");
                }
                if (!old.unique() && now.unique()) {
                    c.add(Rule.UNIQUE_NOT_CONCURRENT, "making " + t.name() + "." + now.column() + " unique builds"
                            + " the index under a write lock; add a unique constraint online instead");
                }
                if (!old.indexed() && now.indexed() && !now.unique()) {
                    c.add(Rule.INDEX_NOT_CONCURRENT, "indexing " + t.name() + "." + now.column() + " via the field"
                            + " flag is not concurrent; use AddIndex with concurrently");
                }
                lockCheck(c, lockTimeout);
            }
            case RenameField r when r.column().isPresent() && !created.contains(r.model()) ->
                    c.add(Rule.RENAME_COLUMN, "renaming column " + r.oldName() + " of " + table(s, app, r.model())
                            + " breaks code still reading the old name; keep the column (@Column(\"" + s.model(app,
                            r.model()).table().requireField(r.oldName()).column() + "\")) and rename only the field");
            case AlterTable a when !created.contains(a.model()) -> c.add(Rule.RENAME_TABLE, "renaming table "
                    + table(s, app, a.model()) + " to " + a.table() + " breaks code still using the old name; keep"
                    + " the table (@Model(table = \"" + table(s, app, a.model()) + "\"))");
            case RemoveField r when !created.contains(r.model()) -> c.add(Rule.DROP_COLUMN, "dropping "
                    + table(s, app, r.model()) + "." + r.name() + " while the previous release may still read it;"
                    + " release code that no longer reads it first, then drop it in a later migration");
            case DeleteModel d -> c.add(Rule.DROP_TABLE, "dropping table " + table(s, app, d.name())
                    + " while the previous release may still read it; remove its use first, drop it later");
            case AddIndex a when !a.concurrently() && !created.contains(a.model()) -> c.add(Rule.INDEX_NOT_CONCURRENT,
                    "index on existing table " + table(s, app, a.model()) + " built without CONCURRENTLY blocks"
                            + " writes; set concurrently (in its own non-atomic migration)");
            case AddConstraint a when !a.online() && !created.contains(a.model()) -> {
                if (a.constraint() instanceof Constraint.ForeignKey f) {
                    c.add(Rule.FOREIGN_KEY_NOT_VALID, "foreign key " + f.spec().column() + " on existing table "
                            + table(s, app, a.model()) + " scans it and locks " + f.spec().targetTable() + " while"
                            + " checking; add it NOT VALID and VALIDATE it in a later migration");
                } else if (a.constraint() instanceof Constraint.Unique) {
                    c.add(Rule.UNIQUE_NOT_CONCURRENT, "unique constraint on existing table " + table(s, app,
                            a.model()) + " builds its index under a write lock; add it online");
                } else {
                    c.add(Rule.CHECK_NOT_VALID, "check on existing table " + table(s, app, a.model())
                            + " scans it under an exclusive lock; add it NOT VALID and VALIDATE it later");
                }
                lockCheck(c, lockTimeout);
            }
            case AddConstraint a when a.constraint() instanceof Constraint.ForeignKey f
                    && !created.contains(a.model()) -> c.add(Rule.FOREIGN_KEY_LOCKS, "MariaDB has no NOT VALID:"
                    + " adding foreign key " + f.spec().column() + " to existing table " + table(s, app, a.model())
                    + " checks every row while writes wait (InnoDB copies the table unless foreign_key_checks=0);"
                    + " run it off-peak, or add it with SET foreign_key_checks=0 in a RunSql after verifying the data");
            case ValidateConstraint v when atomic && m.operations().stream().anyMatch(o -> o instanceof AddConstraint a
                    && a.constraint() instanceof Constraint.Check ch && ch.spec().name().equals(v.name())) ->
                    c.add(Rule.VALIDATE_SAME_TRANSACTION, "VALIDATE of " + v.name() + " in the same transaction as its"
                            + " ADD keeps the exclusive lock during the scan; validate in a later migration");
            case Backfill b when hasDdl -> c.add(Rule.BACKFILL_IN_DDL_TRANSACTION, "backfill of " + b.model() + "."
                    + b.field() + " shares a migration with schema changes; put it in its own migration");
            case RunSql r -> {
                if (r.reverse().isEmpty()) {
                    c.add(Rule.SQL_WITHOUT_REVERSE, "raw SQL without a reverse makes the migration irreversible;"
                            + " give it reverse SQL (an empty list if nothing needs undoing)");
                }
                if (r.sql().stream().anyMatch(x -> VOLATILE.matcher(x).find())) {
                    c.add(Rule.VOLATILE_DEFAULT, "a volatile column default is evaluated per row and rewrites the"
                            + " table; add the column without it and backfill");
                }
                if (r.sql().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).contains("lock_timeout")
                        && x.matches("(?is).*lock_timeout\\s*(=|to)\\s*'?0'?.*"))) {
                    c.add(Rule.NO_LOCK_TIMEOUT, "this SQL turns lock_timeout off: DDL could queue behind a long"
                            + " transaction and block every query behind it");
                }
                if (r.sql().stream().anyMatch(x -> DDL.matcher(x).find())) {
                    lockCheck(c, lockTimeout);
                }
            }
            case RunCode r -> {
                if (!r.reversible()) {
                    c.add(Rule.CODE_WITHOUT_REVERSE, r.className() + " has no reverse; implement backwards() and"
                            + " mark it reversible");
                }
                LiveModels.referenced(r.className()).ifPresent(ref -> c.add(Rule.LIVE_MODEL_IN_CODE, r.className()
                        + " uses " + ref + "; data migrations must use the historical state (DataContext), not"
                        + " today's model classes"));
            }
            default -> {
            }
        }
    }

    private static void lockCheck(Check c, Duration lockTimeout) {
        if (lockTimeout.isZero() || lockTimeout.isNegative()) {
            c.add(Rule.NO_LOCK_TIMEOUT, "DDL runs without lock_timeout: set one so a blocked ALTER gives up"
                    + " instead of stalling every query queued behind it");
        }
    }

    private static boolean hasValidNotNullCheck(Table t, FieldSpec f) {
        return t.checks().stream().anyMatch(ch -> ch.condition().replace(" ", "")
                .matches("(" + Pattern.quote(f.name()) + "|" + Pattern.quote(f.column()) + ")__isnull=false"));
    }

    /** Whether the change rewrites the table (PostgreSQL/MariaDB): anything but widening a varchar. */
    static boolean rewrites(FieldSpec old, FieldSpec now) {
        if (old.kind() == now.kind() && old.maxLength() == now.maxLength() && old.precision() == now.precision()
                && old.scale() == now.scale()) {
            return false;
        }
        boolean varchar = (old.kind() == now.kind()) && (old.kind().isText() || old.kind()
                == dev.jango.db.meta.FieldKind.ENUM);
        if (varchar && now.maxLength() >= old.maxLength()) {
            return false;
        }
        return !(old.kind() == dev.jango.db.meta.FieldKind.CHAR && now.kind() == dev.jango.db.meta.FieldKind.TEXT);
    }

    private static String sizes(FieldSpec f) {
        if (f.maxLength() > 0) {
            return "(" + f.maxLength() + ")";
        }
        return f.precision() > 0 ? "(" + f.precision() + "," + f.scale() + ")" : "";
    }

    private static String table(ProjectState s, String app, String model) {
        return s.find(app, model).map(m -> m.table().name()).orElse(model);
    }
}

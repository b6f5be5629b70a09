package dev.jango.migrations.lint;

import java.util.Set;

/**
 * The linter's rules. Ids are stable: they appear in migration files that silence them ({@code "lint":
 * {"JM007": "column unused since release 41"}}). {@code dialects} lists where a rule applies.
 */
public enum Rule {
    SILENCE_WITHOUT_REASON("JM000", "silence-without-reason", Dialects.ALL),
    NOT_NULL_WITHOUT_DEFAULT("JM001", "not-null-without-default", Dialects.ALL),
    VOLATILE_DEFAULT("JM002", "volatile-default", Dialects.SERVER),
    SET_NOT_NULL("JM003", "set-not-null", Dialects.SERVER),
    REWRITING_TYPE_CHANGE("JM004", "rewriting-type-change", Dialects.SERVER),
    RENAME_COLUMN("JM005", "rename-column", Dialects.ALL),
    RENAME_TABLE("JM006", "rename-table", Dialects.ALL),
    DROP_COLUMN("JM007", "drop-column", Dialects.ALL),
    DROP_TABLE("JM008", "drop-table", Dialects.ALL),
    INDEX_NOT_CONCURRENT("JM009", "index-not-concurrent", Dialects.SERVER),
    UNIQUE_NOT_CONCURRENT("JM010", "unique-not-concurrent", Dialects.SERVER),
    CHECK_NOT_VALID("JM011", "check-without-not-valid", Set.of("postgresql")),
    VALIDATE_SAME_TRANSACTION("JM012", "validate-in-same-transaction", Set.of("postgresql")),
    BACKFILL_IN_DDL_TRANSACTION("JM013", "backfill-with-ddl", Dialects.ALL),
    NO_LOCK_TIMEOUT("JM014", "no-lock-timeout", Set.of("postgresql")),
    SQL_WITHOUT_REVERSE("JM015", "sql-without-reverse", Dialects.ALL),
    CODE_WITHOUT_REVERSE("JM016", "code-without-reverse", Dialects.ALL),
    LIVE_MODEL_IN_CODE("JM017", "live-model-in-data-migration", Dialects.ALL),
    FOREIGN_KEY_NOT_VALID("JM018", "foreign-key-without-not-valid", Set.of("postgresql")),
    FOREIGN_KEY_LOCKS("JM019", "foreign-key-on-mariadb", Set.of("mariadb"));

    private final String id;
    private final String slug;
    private final Set<String> dialects;

    Rule(String id, String slug, Set<String> dialects) {
        this.id = id;
        this.slug = slug;
        this.dialects = dialects;
    }

    public String id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public boolean appliesTo(String vendor) {
        return dialects.contains(vendor);
    }

    private static final class Dialects {
        static final Set<String> ALL = Set.of("sqlite", "postgresql", "mariadb");
        static final Set<String> SERVER = Set.of("postgresql", "mariadb");
    }
}

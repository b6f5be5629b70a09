package dev.jango.db.connection;

import dev.jango.db.CheckViolation;
import dev.jango.db.DataError;
import dev.jango.db.DatabaseException;
import dev.jango.db.ForeignKeyViolation;
import dev.jango.db.IntegrityError;
import dev.jango.db.NotNullViolation;
import dev.jango.db.OperationalError;
import dev.jango.db.ProgrammingError;
import dev.jango.db.UniqueViolation;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Maps a driver's {@link SQLException} to the {@link DatabaseException} family: SQLSTATE on PostgreSQL, error
 * numbers on MariaDB, (extended) result codes and message text on SQLite, which reports no SQLSTATE.
 */
final class ErrorTranslator {
    private static final Pattern MARIADB_DUPLICATE = Pattern.compile("for key '(?:[^'.]*\\.)?([^']+)'");
    private static final Pattern MARIADB_CHECK = Pattern.compile("CONSTRAINT `([^`]+)` failed for `[^`]*`\\.`([^`]+)`");
    private static final Pattern MARIADB_FK = Pattern.compile("\\(`[^`]*`\\.`([^`]+)`, CONSTRAINT `([^`]+)`");
    private static final Pattern MARIADB_COLUMN = Pattern.compile("Column '([^']+)'|Field '([^']+)'");
    private static final Pattern SQLITE_COLUMNS = Pattern.compile("constraint failed: ([\\w.\"`, ]+)");

    private final Vendor vendor;

    ErrorTranslator(Vendor vendor) {
        this.vendor = vendor;
    }

    DatabaseException translate(SQLException e, String sql) {
        return switch (vendor) {
            case POSTGRESQL -> postgres(e, sql);
            case MARIADB -> mariadb(e, sql);
            case SQLITE -> sqlite(e, sql);
        };
    }

    private static DatabaseException postgres(SQLException e, String sql) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String constraint = null;
        String table = null;
        if (e instanceof PSQLException pe && pe.getServerErrorMessage() != null) {
            ServerErrorMessage m = pe.getServerErrorMessage();
            constraint = m.getConstraint() != null ? m.getConstraint() : m.getColumn();
            table = m.getTable();
        }
        String msg = describe(e, constraint, table);
        return switch (state) {
            case "23505" -> new UniqueViolation(msg, sql, e, constraint, table);
            case "23502" -> new NotNullViolation(msg, sql, e, constraint, table);
            case "23514" -> new CheckViolation(msg, sql, e, constraint, table);
            case "23503" -> new ForeignKeyViolation(msg, sql, e, constraint, table);
            case "40001", "40P01", "55P03" -> new OperationalError(msg, sql, e, true);
            default -> byClass(state, msg, sql, e, constraint, table);
        };
    }

    private static DatabaseException mariadb(SQLException e, String sql) {
        String text = String.valueOf(e.getMessage());
        return switch (e.getErrorCode()) {
            case 1062, 1586 -> new UniqueViolation(describe(e, group(MARIADB_DUPLICATE, text, 1), null), sql, e,
                    group(MARIADB_DUPLICATE, text, 1), null);
            case 1048, 1364 -> {
                String column = firstGroup(MARIADB_COLUMN, text);
                yield new NotNullViolation(describe(e, column, null), sql, e, column, null);
            }
            case 4025, 3819 -> new CheckViolation(describe(e, group(MARIADB_CHECK, text, 1),
                    group(MARIADB_CHECK, text, 2)), sql, e, group(MARIADB_CHECK, text, 1), group(MARIADB_CHECK, text, 2));
            case 1451, 1452, 1216, 1217 -> new ForeignKeyViolation(describe(e, group(MARIADB_FK, text, 2),
                    group(MARIADB_FK, text, 1)), sql, e, group(MARIADB_FK, text, 2), group(MARIADB_FK, text, 1));
            case 1406, 1264, 1265, 1366, 1292, 4038 -> new DataError(describe(e, null, null), sql, e);
            case 1205, 1213 -> new OperationalError(describe(e, null, null), sql, e, true);
            case 1064, 1146, 1054, 1049, 1050, 1051, 1091 -> new ProgrammingError(describe(e, null, null), sql, e);
            default -> byClass(e.getSQLState() == null ? "" : e.getSQLState(), describe(e, null, null), sql, e,
                    null, null);
        };
    }

    private static DatabaseException sqlite(SQLException e, String sql) {
        String text = String.valueOf(e.getMessage());
        // sqlite-jdbc reports extended result codes (2067 UNIQUE, …) in getErrorCode and the text in the
        // message; the text is checked too because older paths report only the primary code 19.
        int code = e.getErrorCode();
        String columns = group(SQLITE_COLUMNS, text, 1);
        String table = columns == null || !columns.contains(".") ? null
                : columns.substring(0, columns.indexOf('.')).strip();
        if (code == 2067 || code == 1555 || text.contains("UNIQUE constraint failed")) {
            return new UniqueViolation(describe(e, columns, table), sql, e, columns, table);
        }
        if (code == 1299 || text.contains("NOT NULL constraint failed")) {
            return new NotNullViolation(describe(e, columns, table), sql, e, columns, table);
        }
        if (code == 275 || text.contains("CHECK constraint failed")) {
            return new CheckViolation(describe(e, columns, null), sql, e, columns, null);
        }
        if (code == 787 || text.contains("FOREIGN KEY constraint failed")) {
            return new ForeignKeyViolation(describe(e, null, null), sql, e, null, null);
        }
        int primary = code & 0xff;
        if (primary == 5 || primary == 6) {   // SQLITE_BUSY, SQLITE_LOCKED
            return new OperationalError(describe(e, null, null), sql, e, true);
        }
        if (primary == 19) {
            return new IntegrityError(describe(e, null, null), sql, e, null, null);
        }
        if (primary == 1 && (text.contains("no such") || text.contains("syntax error")
                || text.contains("already exists"))) {
            return new ProgrammingError(describe(e, null, null), sql, e);
        }
        if (primary == 18 || primary == 20 || primary == 25) {   // TOOBIG, MISMATCH, RANGE
            return new DataError(describe(e, null, null), sql, e);
        }
        return new OperationalError(describe(e, null, null), sql, e, false);
    }

    private static DatabaseException byClass(String state, String msg, String sql, SQLException e,
                                              String constraint, String table) {
        String cls = state.length() >= 2 ? state.substring(0, 2) : "";
        return switch (cls) {
            case "23" -> new IntegrityError(msg, sql, e, constraint, table);
            case "22" -> new DataError(msg, sql, e);
            case "42" -> new ProgrammingError(msg, sql, e);
            case "08", "53", "57", "58", "HY" -> new OperationalError(msg, sql, e, false);
            case "40" -> new OperationalError(msg, sql, e, true);
            default -> e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                    ? new OperationalError(msg, sql, e, false)
                    : new DatabaseException(msg, sql, e);
        };
    }

    private static String describe(SQLException e, String constraint, String table) {
        StringBuilder out = new StringBuilder(String.valueOf(e.getMessage()).strip());
        if (constraint != null || table != null) {
            out.append(" (");
            if (constraint != null) {
                out.append("constraint ").append(constraint);
            }
            if (table != null) {
                out.append(constraint != null ? ", " : "").append("table ").append(table);
            }
            out.append(')');
        }
        return out.toString();
    }

    private static String group(Pattern p, String text, int group) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(group) : null;
    }

    private static String firstGroup(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}

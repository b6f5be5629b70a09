package dev.jango.db.query;

import dev.jango.db.Db;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.ResultSetHandler;
import dev.jango.db.dialect.Dialect;
import dev.jango.db.dialect.SqliteFunctions;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.routing.Hints;
import dev.jango.db.routing.ReadYourWrites;
import dev.jango.db.meta.ValueReader;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Runs compiled statements on a {@link Database}, with the per-backend set-up some statements need. */
final class Execution {
    private Execution() {
    }

    /** The database for {@code alias}, or the current default when it is null. */
    static Database database(String alias) {
        return alias == null ? Db.database() : Db.database(alias);
    }

    /** Where a read of {@code model} runs: {@code alias} when given (using), else the routers' choice. */
    static Database read(String alias, ModelMeta<?> model) {
        return alias == null ? Db.forRead(model, Hints.NONE) : Db.database(alias);
    }

    /** Where a write of {@code model} runs: {@code alias} when given (using), else the routers' choice. */
    static Database write(String alias, ModelMeta<?> model) {
        if (alias == null) {
            return Db.forWrite(model, Hints.NONE);
        }
        ReadYourWrites.noteWrite();
        return Db.database(alias);
    }

    static <T> T query(Database db, Statement st, ResultSetHandler<T> handler) {
        if (needsRegexp(db, st)) {
            // REGEXP must exist on the very connection that runs the statement: atomic pins one connection.
            return db.atomic(() -> {
                db.withConnection(SqliteFunctions::register);
                return db.query(st.sql(), st.params(), handler);
            });
        }
        return db.query(st.sql(), st.params(), handler);
    }

    static int update(Database db, Statement st) {
        if (needsRegexp(db, st)) {
            return db.atomic(() -> {
                db.withConnection(SqliteFunctions::register);
                return db.update(st.sql(), st.params());
            });
        }
        return db.update(st.sql(), st.params());
    }

    static boolean needsRegexp(Database db, Statement st) {
        // Only the dialect writes an unquoted REGEXP keyword; identifiers are always quoted.
        return Dialect.of(db.vendor()).features().regexFunction() && st.sql().contains(" REGEXP ");
    }

    /** Reads one column into the instance through the field's typed setter (no reflection). */
    static <M, T> void copy(Field<M, T> field, M instance, ResultSet rs, int column, ValueReader reader)
            throws SQLException {
        field.set(instance, field.read(rs, column, reader));
    }
}

package dev.jango.db.connection;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.Supplier;

/**
 * The mechanics of {@link Database#atomic}: the outermost block takes a connection, turns autocommit off, binds
 * the {@link Atomic} level for the call, and commits or rolls back; a nested block wraps its call in a savepoint.
 * On-commit callbacks run after the connection is back in the pool.
 */
final class Transactions {
    private final String alias;
    private final ErrorTranslator errors;
    private final ScopedValue<Atomic> current;
    private final Supplier<Connection> borrow;

    Transactions(String alias, ErrorTranslator errors, ScopedValue<Atomic> current, Supplier<Connection> borrow) {
        this.alias = alias;
        this.errors = errors;
        this.current = current;
        this.borrow = borrow;
    }

    <T> T outermost(Supplier<T> body) {
        Connection c = borrow.get();
        Atomic tx = new Atomic(c, null);
        T result;
        try {
            c.setAutoCommit(false);
            result = ScopedValue.where(current, tx).call(body::get);
            c.commit();
        } catch (Throwable failure) {
            rollback(c, failure);
            giveBack(c, failure);
            throw propagate(failure, "");
        }
        giveBack(c, null);
        for (Runnable callback : tx.callbacks()) {
            callback.run();
        }
        return result;
    }

    <T> T nested(Atomic outer, Supplier<T> body) {
        Connection c = outer.connection();
        Savepoint savepoint;
        try {
            savepoint = c.setSavepoint();
        } catch (SQLException e) {
            throw errors.translate(e, "SAVEPOINT");
        }
        Atomic level = outer.nested();
        try {
            T result = ScopedValue.where(current, level).call(body::get);
            c.releaseSavepoint(savepoint);
            level.released();
            return result;
        } catch (Throwable failure) {
            try {
                c.rollback(savepoint);
            } catch (SQLException e) {
                failure.addSuppressed(errors.translate(e, "ROLLBACK TO SAVEPOINT"));
            }
            throw propagate(failure, "RELEASE SAVEPOINT");
        }
    }

    private static void rollback(Connection c, Throwable failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private void giveBack(Connection c, Throwable failure) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
        try {
            c.close();
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            } else {
                throw errors.translate(e, "");
            }
        }
    }

    private RuntimeException propagate(Throwable failure, String sql) {
        return switch (failure) {
            case RuntimeException e -> e;
            case Error e -> throw e;
            case SQLException e -> errors.translate(e, sql.isEmpty() ? "COMMIT" : sql);
            default -> new AtomicBlockFailed(alias, failure);
        };
    }
}

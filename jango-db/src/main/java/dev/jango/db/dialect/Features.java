package dev.jango.db.dialect;

/**
 * What a backend can do, as data (Django's {@code features.py}); syntax differences live in the dialect's
 * render methods instead.
 *
 * @param nullsOrdering        {@code ORDER BY x NULLS FIRST/LAST} is supported
 * @param limitInSubquery      {@code IN (SELECT … LIMIT n)} is supported, and UPDATE/DELETE may name their own
 *                             table in such a subquery (MariaDB needs a derived table for both)
 * @param returning            {@code INSERT … RETURNING} is supported
 * @param regexFunction        REGEXP needs a function registered on the connection
 * @param selectForUpdate      {@code SELECT … FOR UPDATE} locks rows (SQLite locks the whole database instead)
 * @param maxParameters        bound parameters one statement may carry
 */
public record Features(
        boolean nullsOrdering,
        boolean limitInSubquery,
        boolean returning,
        boolean regexFunction,
        boolean selectForUpdate,
        int maxParameters) {
}

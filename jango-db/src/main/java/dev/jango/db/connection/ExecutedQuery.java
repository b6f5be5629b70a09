package dev.jango.db.connection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One statement as it ran: the database alias, the SQL, the bound parameter values (in order; may contain
 * {@code null}), the time it took in nanoseconds (fetching the rows included) and the call site: the first stack
 * frame outside Jango, the JDK and JUnit ({@code "BookView.list(BookView.java:42)"}). The call site is looked up
 * only when the same SQL already ran in a recording scope, the repetition an N+1 report names; it is {@code ""}
 * for a statement's first run and when unknown.
 *
 * <pre>{@code
 * ExecutedQuery q = Queries.capture(() -> { books.list(); }).statements().getFirst();
 * q.sql();      // SELECT "book"."id", … FROM "book"
 * q.millis();   // 0.41
 * }</pre>
 */
public record ExecutedQuery(String alias, String sql, List<Object> params, long nanos, String callSite) {
    public ExecutedQuery {
        params = Collections.unmodifiableList(new ArrayList<>(params));
        callSite = callSite == null ? "" : callSite;
    }

    /** A statement whose call site is not known. */
    public ExecutedQuery(String alias, String sql, List<Object> params, long nanos) {
        this(alias, sql, params, nanos, "");
    }

    public double millis() {
        return nanos / 1_000_000.0;
    }

    @Override
    public String toString() {
        return "[" + alias + "] " + sql + (params.isEmpty() ? "" : " params=" + describeParams())
                + String.format(" (%.2f ms)", millis());
    }

    private String describeParams() {
        List<String> shown = new ArrayList<>(params.size());
        for (Object p : params) {
            shown.add(p instanceof byte[] b ? "<" + b.length + " bytes>" : String.valueOf(p));
        }
        return shown.toString();
    }
}

package dev.jango.db.connection;

/**
 * One statement shape that ran repeatedly in a {@link QueryLog}: the SQL text (values are bound parameters, so
 * the text is the shape), how many times it ran and where it first ran from. The usual sign of an N+1.
 *
 * <pre>{@code
 * for (RepeatedQuery r : log.repeatedShapes(5)) {
 *     System.out.println(r);   // 10x SELECT … FROM "author" WHERE "author"."id" = ? at BookView.list(BookView.java:42)
 * }
 * }</pre>
 */
public record RepeatedQuery(String sql, int count, String callSite) {
    @Override
    public String toString() {
        return count + "x " + sql + (callSite.isEmpty() ? "" : " at " + callSite);
    }
}

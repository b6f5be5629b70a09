package dev.jango.db.query;

/**
 * The backend cannot produce the requested plan ({@code explain(ANALYZE)} on SQLite), raised before any SQL is
 * sent.
 */
public class ExplainNotSupported extends QueryException {
    public ExplainNotSupported(String message) {
        super(message);
    }
}

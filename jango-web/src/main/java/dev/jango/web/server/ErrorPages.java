package dev.jango.web.server;

import dev.jango.web.http.HttpException;
import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.http.JsonResponse;
import dev.jango.web.http.SqlLog;
import dev.jango.web.routing.Router;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an exception escaping a view or middleware into a response. {@link HttpException}s keep their status and
 * message; anything else is a 500, logged. In debug mode (dev profile) pages show the stack trace, the request and
 * the SQL it ran (and, for 404, the route table); in production they say only the status and the client-safe
 * message. Clients that ask for JSON get JSON.
 *
 * <pre>{@code
 * ErrorPages pages = new ErrorPages(true, Optional.of(router));
 * }</pre>
 */
public final class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final boolean debug;
    private final Router router;

    /** Pages for {@code debug} mode; {@code router} (may be null) lists routes on debug 404 pages. */
    public ErrorPages(boolean debug, Router router) {
        this.debug = debug;
        this.router = router;
    }

    /** Whether debug pages are shown. */
    public boolean debug() {
        return debug;
    }

    /** The response for {@code error} raised while handling {@code request}. */
    public HttpResponse render(HttpRequest request, Throwable error) {
        int status;
        String message;
        if (error instanceof HttpException he) {
            status = he.status();
            message = he.getMessage();
        } else {
            status = 500;
            message = "Server Error (500)";
            LOG.error("{} {} failed", request.method(), request.path(), error);
        }
        HttpResponse r;
        if (request.header("Accept").orElse("").contains("application/json")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("error", message);
            if (debug && status == 500) {
                body.put("exception", error.toString());
            }
            r = JsonResponse.of(status, body);
        } else {
            r = HttpResponse.html(status, debug ? debugPage(request, status, message, error) : plainPage(status, message));
        }
        if (error instanceof HttpException he) {
            for (var h : he.headers().entries()) {
                r = r.withHeader(h.getKey(), h.getValue());
            }
        }
        return r;
    }

    private static String plainPage(int status, String message) {
        return "<!doctype html><html><head><title>" + status + "</title></head><body><h1>" + status + " "
                + reason(status) + "</h1><p>" + escape(message) + "</p></body></html>";
    }

    private String debugPage(HttpRequest request, int status, String message, Throwable error) {
        StringBuilder sb = new StringBuilder("<!doctype html><html><head><title>").append(status).append(" at ")
                .append(escape(request.path())).append("</title><style>body{font-family:sans-serif}pre{background:#f4f4f4;"
                        + "padding:8px;overflow:auto}</style></head><body>");
        sb.append("<h1>").append(status).append(' ').append(reason(status)).append("</h1><p>").append(escape(message)).append("</p>");
        sb.append("<h2>Request</h2><pre>").append(escape(request.method() + " " + request.fullPath()));
        for (var h : request.headers().entries()) {
            sb.append('\n').append(escape(h.getKey())).append(": ")
                    .append(h.getKey().equalsIgnoreCase("Cookie") || h.getKey().equalsIgnoreCase("Authorization") ? "(hidden)" : escape(h.getValue()));
        }
        sb.append("</pre>");
        SqlLog log = request.attribute(SqlLog.KEY).orElse(SqlLog.EMPTY);
        sb.append("<h2>SQL (").append(log.count()).append(" statements, ")
                .append(String.format(java.util.Locale.ROOT, "%.1f", log.totalMillis())).append(" ms)</h2><pre>");
        for (SqlLog.Statement s : log.statements()) {
            sb.append(String.format(java.util.Locale.ROOT, "%8.2f ms  ", s.millis())).append(escape(s.sql())).append('\n');
        }
        sb.append("</pre>");
        if (status == 404 && router != null) {
            sb.append("<h2>Routes tried, in order</h2><pre>");
            router.routes().forEach(r -> sb.append(escape(r.toString())).append('\n'));
            sb.append("</pre>");
        }
        if (status == 500 || error.getCause() != null) {
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            sb.append("<h2>Traceback</h2><pre>").append(escape(trace.toString())).append("</pre>");
        }
        sb.append("<p><small>You see this page because debug is on (dev profile). Production shows a plain page.</small></p>");
        return sb.append("</body></html>").toString();
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 500 -> "Server Error";
            default -> status < 500 ? "Client Error" : "Server Error";
        };
    }

    /** HTML-escapes text for the error pages. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#x27;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}

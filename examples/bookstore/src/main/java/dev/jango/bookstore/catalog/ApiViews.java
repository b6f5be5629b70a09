package dev.jango.bookstore.catalog;

import static dev.jango.bookstore.catalog.AuthorMeta.AUTHOR;
import static dev.jango.bookstore.catalog.BookMeta.BOOK;

import dev.jango.db.connection.Cursor;
import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.http.JsonResponse;
import dev.jango.web.http.StreamingResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The machine-facing endpoints: the list page as JSON, the streaming CSV export, and the two concurrency probes
 * ({@code /slow/} and {@code /plain/}) the benchmark drives.
 *
 * <pre>{@code
 * GET /api/books/?before=1999-12-31_4711   → {"results": [...], "next": "1999-12-03_815"}
 * GET /export/books.csv                     → id,title,author,price,published …
 * }</pre>
 */
public final class ApiViews {
    /** Rows per round trip of the export's cursor. */
    static final int EXPORT_CHUNK = 2_000;

    private ApiViews() {
    }

    /** {@code /api/books/}: the {@code /books/} page as {@code {"results": [...], "next": cursor-or-null}}. */
    public static HttpResponse books(HttpRequest request) {
        Shelf.Page page = Shelf.page(request.query().first("before"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("results", page.books());
        body.put("next", page.next().orElse(null));
        return JsonResponse.of(body);
    }

    /**
     * {@code /export/books.csv}: every book ({@code id,title,author,price,published}) in id order, streamed from a
     * cursor in chunks, so memory stays flat for a million rows. Author names are read once up front (one row per
     * author, 50× fewer than books) rather than joined per row.
     */
    public static HttpResponse exportCsv(HttpRequest request) {
        return StreamingResponse.of("text/csv; charset=utf-8", out -> {
            Map<Long, String> authors = new HashMap<>();
            Author.objects.all().values(AUTHOR.id, AUTHOR.name).stream()
                    .forEach(r -> authors.put(r.get(AUTHOR.id), r.get(AUTHOR.name)));
            Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            csv.write("id,title,author,price,published\n");
            try (Cursor<Book> books = Book.objects.orderBy(BOOK.id.asc()).iterator(EXPORT_CHUNK)) {
                while (books.hasNext()) {
                    Book b = books.next();
                    csv.write(Long.toString(b.id));
                    csv.write(',');
                    field(csv, b.title);
                    csv.write(',');
                    field(csv, authors.getOrDefault(b.author.longId(), ""));
                    csv.write(',');
                    csv.write(plain(b.price));
                    csv.write(',');
                    csv.write(b.published.toString());
                    csv.write('\n');
                }
            }
            csv.flush();
        }).withHeader("Content-Disposition", "attachment; filename=\"books.csv\"");
    }

    /** {@code /slow/}: waits 100 ms, standing in for a slow I/O call; a virtual thread parks meanwhile. */
    public static HttpResponse slow(HttpRequest request) throws InterruptedException {
        Thread.sleep(100);
        return HttpResponse.text("slept 100 ms");
    }

    /** {@code /plain/}: the smallest response. */
    public static HttpResponse plain(HttpRequest request) {
        return HttpResponse.text("Hello, world!");
    }

    // SQLite hands back 12.5 for a stored 12.50: print at the column's scale on every backend.
    private static String plain(BigDecimal price) {
        return price.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes. */
    static void field(Writer out, String value) throws IOException {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.write(value);
            return;
        }
        out.write('"');
        out.write(value.replace("\"", "\"\""));
        out.write('"');
    }
}

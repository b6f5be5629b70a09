package dev.jango.bookstore.catalog;

import static dev.jango.bookstore.catalog.BookMeta.BOOK;

import dev.jango.db.connection.Cursor;
import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.http.JsonResponse;
import dev.jango.web.http.StreamingResponse;
import java.io.BufferedOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
     * cursor {@value #EXPORT_CHUNK} rows per round trip, so memory stays flat for a million rows. Each chunk is
     * formatted into one reused buffer ({@link BookCsv}) and flushed to the client. Author names are read once up
     * front (one row per author, 50× fewer than books) rather than joined per row.
     */
    public static HttpResponse exportCsv(HttpRequest request) {
        return StreamingResponse.of("text/csv; charset=utf-8", out -> {
            Writer writer = new OutputStreamWriter(new BufferedOutputStream(out, 64 * 1024), StandardCharsets.UTF_8);
            BookCsv csv = BookCsv.withAuthors(writer);
            csv.header();
            try (Cursor<Book> books = Book.objects.orderBy(BOOK.id.asc()).iterator(EXPORT_CHUNK)) {
                int inChunk = 0;
                while (books.hasNext()) {
                    csv.row(books.next());
                    if (++inChunk == EXPORT_CHUNK) {
                        csv.flush();
                        inChunk = 0;
                    }
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
}

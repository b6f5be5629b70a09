package dev.jango.peer.spring;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Every book as CSV, streamed from a server-side cursor (fetch size 2000) straight into the response. */
@RestController
public class ExportController {
    private final BookRepository books;
    private final TransactionTemplate readOnlyTx;

    public ExportController(BookRepository books, TransactionTemplate transactionTemplate) {
        this.books = books;
        this.readOnlyTx = new TransactionTemplate(transactionTemplate.getTransactionManager());
        this.readOnlyTx.setReadOnly(true);
    }

    @GetMapping("/export/books.csv")
    public ResponseEntity<StreamingResponseBody> export() {
        // The body runs later on an async thread, so it opens its own transaction: PostgreSQL only honours
        // the fetch size (a cursor instead of buffering all rows) with auto-commit off.
        StreamingResponseBody body = out -> readOnlyTx.executeWithoutResult(status -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            try (Stream<BookCsvRow> rows = books.streamCsvRows()) {
                w.write("id,title,author,price,published\n");
                rows.forEach(r -> writeRow(w, r));
                w.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"books.csv\"")
                .body(body);
    }

    private static void writeRow(Writer w, BookCsvRow r) {
        try {
            w.write(Long.toString(r.id()));
            w.write(',');
            w.write(csv(r.title()));
            w.write(',');
            w.write(csv(r.author()));
            w.write(',');
            w.write(r.price().toPlainString());
            w.write(',');
            w.write(r.published().toString());
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csv(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}

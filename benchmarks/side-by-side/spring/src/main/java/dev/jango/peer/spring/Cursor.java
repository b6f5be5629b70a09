package dev.jango.peer.spring;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Keyset position "YYYY-MM-DD_id" shared by all three peers: the last (published, id) of the previous page. */
public record Cursor(LocalDate published, long id) {

    static Cursor parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int sep = text.indexOf('_');
        try {
            return new Cursor(LocalDate.parse(text.substring(0, sep)), Long.parseLong(text.substring(sep + 1)));
        } catch (DateTimeParseException | NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "bad cursor: " + text);
        }
    }

    static String after(Book last) {
        return last.getPublished() + "_" + last.getId();
    }
}

package dev.jango.web.views;

import dev.jango.web.http.BadRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a keyset (cursor) listing: rows after an opaque cursor, in a stable order, with the cursor of the
 * next page. Cost is the same on page 1 and page 10,000 (no OFFSET), and rows inserted meanwhile never shift pages.
 *
 * <pre>{@code
 * KeysetPage<Book> page = KeysetPage.of(request.query().first("cursor"), 50,
 *         after -> books.filter(BOOK.id.gt(after.map(Long::parseLong).orElse(0L))).orderBy(BOOK.id).limit(51).list(),
 *         b -> Long.toString(b.id));
 * }</pre>
 *
 * @param items rows of this page
 * @param nextCursor the cursor for the next page, empty on the last
 */
public record KeysetPage<T>(List<T> items, Optional<String> nextCursor) {

    /**
     * Fetches {@code size + 1} rows after the decoded cursor (the extra row tells whether there is a next page).
     *
     * @param cursorParam the {@code cursor} query parameter, if sent
     * @param fetch given the key after which to start (empty for the first page), returns up to size + 1 rows
     * @param keyOf the sort key of a row, as text
     */
    public static <T> KeysetPage<T> of(Optional<String> cursorParam, int size, Function<Optional<String>, List<T>> fetch,
                                       Function<T, String> keyOf) {
        Optional<String> after = cursorParam.filter(c -> !c.isEmpty()).map(KeysetPage::decode);
        List<T> rows = fetch.apply(after);
        if (rows.size() <= size) {
            return new KeysetPage<>(List.copyOf(rows), Optional.empty());
        }
        List<T> page = List.copyOf(rows.subList(0, size));
        return new KeysetPage<>(page, Optional.of(encode(keyOf.apply(page.getLast()))));
    }

    /** The opaque cursor for {@code key}. */
    public static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The key inside {@code cursor}; 400 when it is not one of ours. */
    public static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("invalid cursor '" + cursor + "'");
        }
    }
}

package dev.jango.web.views;

import dev.jango.web.http.BadRequest;
import dev.jango.web.http.Http404;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * One page of a page-number listing ({@code ?page=3}): the items, and enough to render the pager. Asking for a page
 * past the end is a 404; a non-numeric page is a 400.
 *
 * <pre>{@code
 * Page<Book> page = Page.of(request.query().first("page").orElse("1"), 25,
 *         () -> books.count(), (offset, limit) -> books.offset(offset).limit(limit).list());
 * }</pre>
 *
 * @param items the rows of this page
 * @param number 1-based page number
 * @param perPage page size
 * @param totalCount rows in the whole listing
 */
public record Page<T>(List<T> items, int number, int perPage, long totalCount) {

    /** Fetches a slice: {@code limit} rows from {@code offset}. */
    @FunctionalInterface
    public interface Slicer<T> {
        /** The rows. */
        List<T> slice(long offset, int limit);
    }

    /** The page {@code pageParam} (text from the query) of a listing. */
    public static <T> Page<T> of(String pageParam, int perPage, LongSupplier count, Slicer<T> slicer) {
        int number;
        try {
            number = pageParam.equals("last") ? -1 : Integer.parseInt(pageParam);
        } catch (NumberFormatException e) {
            throw new BadRequest("page must be a number or 'last', got '" + pageParam + "'");
        }
        long total = count.getAsLong();
        int pages = (int) Math.max(1, (total + perPage - 1) / perPage);
        if (number == -1) {
            number = pages;
        }
        if (number < 1 || number > pages) {
            throw new Http404("page " + pageParam + " does not exist; there are " + pages + " pages");
        }
        return new Page<>(List.copyOf(slicer.slice((long) (number - 1) * perPage, perPage)), number, perPage, total);
    }

    /** Number of pages (at least 1). */
    public int pageCount() {
        return (int) Math.max(1, (totalCount + perPage - 1) / perPage);
    }

    /** Whether a next page exists. */
    public boolean hasNext() {
        return number < pageCount();
    }

    /** Whether a previous page exists. */
    public boolean hasPrevious() {
        return number > 1;
    }
}

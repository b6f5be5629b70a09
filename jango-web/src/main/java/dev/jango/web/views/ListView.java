package dev.jango.web.views;

import dev.jango.web.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a paginated listing: {@code ?page=N} by default, or keyset pagination ({@code ?cursor=…}) when
 * {@link #keyset()} is true. Subclasses say how to count and slice (page numbers) or fetch after a key (keyset);
 * with the ORM that is a QuerySet's {@code count()} / {@code offset().limit()} or {@code filter(gt).limit()}.
 * The context holds {@code object_list} and {@code page} (a {@link Page} or {@link KeysetPage}).
 *
 * <pre>{@code
 * final class BookList extends ListView<Book> {
 *     BookList(TemplateRenderer r) { super(r); }
 *     protected String templateName() { return "books/book_list.html"; }
 *     protected long count(HttpRequest r) { return Book.objects.all().count(); }
 *     protected List<Book> slice(HttpRequest r, long offset, int limit) {
 *         return Book.objects.all().orderBy(BOOK.id).offset(offset).limit(limit).list();
 *     }
 * }
 * }</pre>
 */
public abstract class ListView<T> extends TemplateView {

    protected ListView(TemplateRenderer renderer) {
        super(renderer);
    }

    /** Rows per page. */
    protected int perPage() {
        return 25;
    }

    /** Whether to paginate by cursor instead of page number. */
    protected boolean keyset() {
        return false;
    }

    /** Page numbers: total rows. */
    protected long count(HttpRequest request) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " must override count() and slice()");
    }

    /** Page numbers: {@code limit} rows from {@code offset}. */
    protected List<T> slice(HttpRequest request, long offset, int limit) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " must override count() and slice()");
    }

    /** Keyset: up to {@code limit} rows after {@code afterKey} (empty for the first page), in key order. */
    protected List<T> after(HttpRequest request, java.util.Optional<String> afterKey, int limit) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " must override after() and keyOf()");
    }

    /** Keyset: a row's sort key as text. */
    protected String keyOf(T row) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " must override after() and keyOf()");
    }

    @Override
    protected Map<String, Object> contextData(HttpRequest request) throws Exception {
        Map<String, Object> ctx = new HashMap<>(super.contextData(request));
        if (keyset()) {
            KeysetPage<T> page = KeysetPage.of(request.query().first("cursor"), perPage(),
                    after -> after(request, after, perPage() + 1), this::keyOf);
            ctx.put("page", page);
            ctx.put("object_list", page.items());
        } else {
            Page<T> page = Page.of(request.query().first("page").orElse("1"), perPage(), () -> count(request),
                    (offset, limit) -> slice(request, offset, limit));
            ctx.put("page", page);
            ctx.put("object_list", page.items());
        }
        return ctx;
    }
}

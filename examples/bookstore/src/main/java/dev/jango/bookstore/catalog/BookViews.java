package dev.jango.bookstore.catalog;

import static dev.jango.bookstore.catalog.PublisherMeta.PUBLISHER;

import dev.jango.web.forms.BoundModelForm;
import dev.jango.web.http.Http404;
import dev.jango.web.http.HttpRequest;
import dev.jango.web.http.HttpResponse;
import dev.jango.web.http.MethodNotAllowed;
import dev.jango.web.http.Redirect;
import dev.jango.web.templates.Templates;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The HTML pages of the bookstore: the list, a book, an author, the search and the add-book form. Each page reads
 * a fixed number of statements (see {@link Shelf}), whatever the number of books shown.
 *
 * <pre>{@code
 * BookViews views = new BookViews(Templates.classpath("/static/"));
 * Routes.path("books/", views::list, "book-list");
 * }</pre>
 */
public final class BookViews {
    private final Templates templates;

    public BookViews(Templates templates) {
        this.templates = templates;
    }

    /** {@code /books/}: 50 books, newest first; {@code ?before=YYYY-MM-DD_id} continues. */
    public HttpResponse list(HttpRequest request) {
        Shelf.Page page = Shelf.page(request.query().first("before"));
        return templates.response(request, "catalog/book_list.html",
                Map.of("books", page.books(), "next", page.next().orElse("")));
    }

    /** {@code /books/<id>/}: one book with author, publisher, country and tags. */
    public HttpResponse detail(HttpRequest request) {
        long id = ((Number) request.pathParams().get("id")).longValue();
        BookCard book = Shelf.book(id).orElseThrow(() -> new Http404("no book with id " + id));
        return templates.response(request, "catalog/book_detail.html", Map.of("book", book));
    }

    /** {@code /authors/<id>/}: an author, the publisher and the author's newest books. */
    public HttpResponse author(HttpRequest request) {
        long id = ((Number) request.pathParams().get("id")).longValue();
        Author author = Author.objects.filter(AuthorMeta.AUTHOR.id.eq(id)).first()
                .orElseThrow(() -> new Http404("no author with id " + id));
        Publisher publisher = Publisher.objects.get(PUBLISHER.id.eq(author.publisher.longId()));
        return templates.response(request, "catalog/author_detail.html", Map.of(
                "author", new BookCard.Named(author.id, author.name),
                "publisher", new BookCard.Named(publisher.id, publisher.name),
                "books", Shelf.byAuthor(id)));
    }

    /** {@code /search/?q=}: books whose title or author's name contains {@code q}, ignoring case. */
    public HttpResponse search(HttpRequest request) {
        String q = request.query().first("q").map(String::strip).orElse("");
        List<BookCard> books = q.isEmpty() ? List.of() : Shelf.search(q);
        return templates.response(request, "catalog/search.html", Map.of("q", q, "books", books));
    }

    /** {@code /books/new/}: the add-book form; a valid submission redirects to the new book. */
    public HttpResponse create(HttpRequest request) {
        return switch (request.method()) {
            case "GET", "HEAD" -> templates.response(request, "catalog/book_form.html",
                    Map.of("form", BookForm.FORM.unbound()));
            case "POST" -> {
                BoundModelForm<Book> bound = BookForm.FORM.bind(request.form());
                if (bound.isValid()) {
                    Book book = bound.save();
                    yield Redirect.to("/books/" + book.id + "/");
                }
                yield templates.response(request, "catalog/book_form.html", Map.of("form", bound.form()));
            }
            default -> throw new MethodNotAllowed(request.method(), Set.of("GET", "HEAD", "POST"));
        };
    }
}

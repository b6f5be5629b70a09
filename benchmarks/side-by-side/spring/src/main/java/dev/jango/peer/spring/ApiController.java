package dev.jango.peer.spring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The list page as JSON, through DTO records (entities never leave the service). */
@RestController
public class ApiController {
    record Named(long id, String name) { }

    record BookJson(long id, String title, BigDecimal price, LocalDate published,
                    Named author, Named publisher, List<String> tags) { }

    record PageJson(List<BookJson> results, String next) { }

    private final BookService service;

    public ApiController(BookService service) {
        this.service = service;
    }

    @GetMapping("/api/books/")
    public PageJson books(@RequestParam(required = false) String before) {
        Cursor cursor = Cursor.parse(before);
        List<Book> books = cursor == null ? service.page(null, null) : service.page(cursor.published(), cursor.id());
        List<BookJson> results = books.stream().map(ApiController::toJson).toList();
        return new PageJson(results, books.size() == BookService.PAGE_SIZE ? Cursor.after(books.getLast()) : null);
    }

    private static BookJson toJson(Book b) {
        Author a = b.getAuthor();
        Publisher p = a.getPublisher();
        return new BookJson(b.getId(), b.getTitle(), b.getPrice(), b.getPublished(),
                new Named(a.getId(), a.getName()), new Named(p.getId(), p.getName()),
                b.getTags().stream().map(Tag::getName).toList());
    }
}

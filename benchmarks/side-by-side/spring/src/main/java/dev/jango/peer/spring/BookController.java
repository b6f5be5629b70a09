package dev.jango.peer.spring;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The HTML pages, rendered by Thymeleaf. */
@Controller
public class BookController {
    private final BookService service;

    public BookController(BookService service) {
        this.service = service;
    }

    @GetMapping("/books/")
    public String list(@RequestParam(required = false) String before, Model model) {
        Cursor cursor = Cursor.parse(before);
        List<Book> books = cursor == null ? service.page(null, null) : service.page(cursor.published(), cursor.id());
        model.addAttribute("books", books);
        model.addAttribute("next", books.size() == BookService.PAGE_SIZE ? Cursor.after(books.getLast()) : null);
        return "books";
    }

    @GetMapping("/books/{id}/")
    public String detail(@PathVariable long id, Model model) {
        model.addAttribute("book", service.detail(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no book " + id)));
        return "book";
    }
}

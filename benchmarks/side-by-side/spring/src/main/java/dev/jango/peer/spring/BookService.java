package dev.jango.peer.spring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class BookService {
    public static final int PAGE_SIZE = 50;

    private final BookRepository books;

    public BookService(BookRepository books) {
        this.books = books;
    }

    /** One page of the list: two queries (books + author + publisher, then their tags). */
    @Transactional(readOnly = true)
    public List<Book> page(LocalDate beforePublished, Long beforeId) {
        PageRequest first = PageRequest.ofSize(PAGE_SIZE);
        List<Book> page = beforePublished == null
                ? books.findNewest(first)
                : books.findNewestBefore(beforePublished, beforeId, first);
        if (!page.isEmpty()) {
            books.fetchTags(page);
        }
        return page;
    }

    @Transactional(readOnly = true)
    public Optional<Book> detail(long id) {
        return books.findDetailById(id);
    }
}

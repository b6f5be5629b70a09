package dev.jango.peer.spring;

import jakarta.persistence.QueryHint;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface BookRepository extends JpaRepository<Book, Long> {

    /** Newest first; to-one associations join-fetched, the collection loaded separately (no in-memory paging). */
    @Query("select b from Book b join fetch b.author a join fetch a.publisher order by b.published desc, b.id desc")
    List<Book> findNewest(Pageable page);

    /** Keyset continuation of {@link #findNewest}: rows strictly after (published, id) in newest-first order. */
    @Query("""
            select b from Book b join fetch b.author a join fetch a.publisher
            where b.published < :published or (b.published = :published and b.id < :id)
            order by b.published desc, b.id desc""")
    List<Book> findNewestBefore(LocalDate published, long id, Pageable page);

    /** Second query of the page: initialises the tags of books already in the persistence context. */
    @Query("select b from Book b left join fetch b.tags where b in :books")
    List<Book> fetchTags(Collection<Book> books);

    @EntityGraph(attributePaths = {"author.publisher.country", "tags"})
    Optional<Book> findDetailById(long id);

    @QueryHints({
            @QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "2000"),
            @QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true")})
    @Query("select new dev.jango.peer.spring.BookCsvRow(b.id, b.title, a.name, b.price, b.published)"
            + " from Book b join b.author a order by b.id")
    Stream<BookCsvRow> streamCsvRows();
}

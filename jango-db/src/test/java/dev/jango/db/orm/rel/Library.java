package dev.jango.db.orm.rel;

import dev.jango.db.model.Ref;
import java.util.ArrayList;
import java.util.List;

/** The data set of the loading tests: big enough for chunks and pages, small enough to read in an assertion. */
final class Library {

    private Library() {
    }

    /**
     * 3 publishers; 10 authors, author {@code An} published by {@code P(n % 3)} except A0, who has none; 5 tags,
     * {@code Tn} in fiction (even n) or science (odd n) except T4, which has no category; 60 books, book {@code Bn}
     * by {@code A(n % 10)} with {@code pages = 100 + n} and the tags {@code T(n % 5)} and {@code T((n + 1) % 5)}.
     */
    static void seed() {
        List<Publisher> publishers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            publishers.add(Publisher.objects.create(p -> p.name = "P" + n));
        }
        List<Author> authors = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int n = i;
            authors.add(Author.objects.create(a -> {
                a.name = "A" + n;
                a.publisher = n == 0 ? null : Ref.to(publishers.get(n % 3));
            }));
        }
        Category fiction = Category.objects.create(c -> c.name = "fiction");
        Category science = Category.objects.create(c -> c.name = "science");
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            tags.add(Tag.objects.create(t -> {
                t.name = "T" + n;
                t.category = n == 4 ? null : Ref.to(n % 2 == 0 ? fiction : science);
            }));
        }
        for (int i = 0; i < 60; i++) {
            int n = i;
            Book book = Book.objects.create(b -> {
                b.title = "B" + n;
                b.pages = 100 + n;
                b.author = Ref.to(authors.get(n % 10));
            });
            for (Tag t : List.of(tags.get(n % 5), tags.get((n + 1) % 5))) {
                BookTag.objects.create(l -> {
                    l.book = Ref.to(book);
                    l.tag = Ref.to(t);
                });
            }
        }
    }
}

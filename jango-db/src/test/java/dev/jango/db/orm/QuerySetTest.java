package dev.jango.db.orm;

import static dev.jango.db.orm.BookMeta.BOOK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.connection.Database;
import dev.jango.db.connection.QueryLog;
import dev.jango.db.connection.Queries;
import dev.jango.db.query.DoesNotExist;
import dev.jango.db.query.MultipleObjectsReturned;
import dev.jango.db.query.QueryException;
import dev.jango.db.query.QuerySet;
import dev.jango.db.query.Row;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Ordering, slicing, evaluation, projections and the result cache, on every backend. */
@OrmTest(models = Book.class)
class QuerySetTest {

    private static List<String> titles(QuerySet<Book> qs) {
        return qs.list().stream().map(b -> b.title).toList();
    }

    @EachBackend
    void orderingWithNullsFirstAndLast() {
        Fixtures.library();
        assertThat(titles(Book.objects.orderBy(BOOK.price.asc().nullsFirst(), BOOK.id.asc())))
                .containsExactly("Hyperion", "50% Off_Sale\\Now", "Emma", "Dune", "dune messiah");
        assertThat(titles(Book.objects.orderBy(BOOK.price.asc().nullsLast())))
                .containsExactly("50% Off_Sale\\Now", "Emma", "Dune", "dune messiah", "Hyperion");
        assertThat(titles(Book.objects.orderBy(BOOK.price.desc().nullsLast())))
                .containsExactly("dune messiah", "Dune", "Emma", "50% Off_Sale\\Now", "Hyperion");
        assertThat(titles(Book.objects.orderBy(BOOK.price.desc().nullsFirst())))
                .containsExactly("Hyperion", "dune messiah", "Dune", "Emma", "50% Off_Sale\\Now");
        assertThat(titles(Book.objects.orderBy("-pages"))).containsExactly("Hyperion", "Emma", "Dune",
                "dune messiah", "50% Off_Sale\\Now");
        assertThat(titles(Book.objects.orderBy("-pages").reverse())).containsExactly("50% Off_Sale\\Now",
                "dune messiah", "Dune", "Emma", "Hyperion");
        assertThat(titles(Book.objects.filter(BOOK.published.isNull(false)).orderBy("published__year")))
                .containsExactly("Emma", "Dune", "Hyperion", "50% Off_Sale\\Now");
    }

    @EachBackend
    void slicing() {
        Fixtures.library();
        QuerySet<Book> byPages = Book.objects.orderBy(BOOK.pages.asc());
        assertThat(titles(byPages.limit(2))).containsExactly("50% Off_Sale\\Now", "dune messiah");
        assertThat(titles(byPages.offset(3))).containsExactly("Emma", "Hyperion");
        assertThat(titles(byPages.slice(1, 3L))).containsExactly("dune messiah", "Dune");
        assertThat(titles(byPages.slice(1, 4L).slice(1, 5L))).containsExactly("Dune", "Emma");
        assertThat(byPages.slice(1, 3L).count()).isEqualTo(2);
        assertThat(byPages.offset(5).exists()).isFalse();
        assertThat(byPages.offset(4).exists()).isTrue();
        // Same where-tree, sliced and not: distinct statements that must not share a cached SQL string.
        assertThat(Book.objects.filter(BOOK.pages.gt(400)).exists()).isTrue();
        assertThat(Book.objects.filter(BOOK.pages.gt(400)).limit(2).exists()).isTrue();
        assertThat(Book.objects.filter(BOOK.pages.gt(400)).offset(3).exists()).isFalse();
        assertThat(Book.objects.filter(BOOK.pages.gt(400)).limit(2).count()).isEqualTo(2);
        assertThat(Book.objects.filter(BOOK.pages.gt(400)).count()).isEqualTo(3);
        assertThatThrownBy(() -> byPages.limit(2).filter(BOOK.pages.gt(1)))
                .isInstanceOf(QueryException.class).hasMessageContaining("Book").hasMessageContaining("slice");
    }

    @EachBackend
    void getFirstLastCountExists() {
        Fixtures.library();
        assertThat(Book.objects.get(BOOK.isbn.eq("isbn-2")).title).isEqualTo("Emma");
        assertThat(Book.objects.get("title__iexact", "hyperion").pages).isEqualTo(482);
        assertThatThrownBy(() -> Book.objects.get(BOOK.title.eq("Missing")))
                .isInstanceOf(DoesNotExist.class)
                .hasMessageContaining("Book matching query does not exist")
                .hasMessageContaining("title").hasMessageContaining("'Missing'");
        assertThatThrownBy(() -> Book.objects.get(BOOK.title.icontains("dune")))
                .isInstanceOf(MultipleObjectsReturned.class)
                .hasMessageContaining("returned 2").hasMessageContaining("Book").hasMessageContaining("'%dune%'");
        assertThat(Book.objects.orderBy("pages").first()).map(b -> b.title).contains("50% Off_Sale\\Now");
        assertThat(Book.objects.orderBy("pages").last()).map(b -> b.title).contains("Hyperion");
        assertThat(Book.objects.first()).map(b -> b.isbn).contains("isbn-1");
        assertThat(Book.objects.last()).map(b -> b.isbn).contains("isbn-5");
        assertThat(Book.objects.filter(BOOK.pages.gt(10_000)).first()).isEmpty();
        assertThat(Book.objects.count()).isEqualTo(5);
        assertThat(Book.objects.filter("title__icontains", "dune").count()).isEqualTo(2);
        assertThat(Book.objects.filter(BOOK.pages.gt(10_000)).exists()).isFalse();
        assertThat(Book.objects.exists()).isTrue();
    }

    @EachBackend
    void manyMatchesReportedAsMoreThanTwenty() {
        for (int i = 0; i < 22; i++) {
            Fixtures.book("Copy " + i, "c-" + i, 1, null, null, null);
        }
        assertThatThrownBy(() -> Book.objects.get(BOOK.pages.eq(1)))
                .isInstanceOf(MultipleObjectsReturned.class).hasMessageContaining("more than 20");
    }

    @EachBackend
    void inBulkAndDistinct() {
        Fixtures.library();
        long dune = Book.objects.get(BOOK.isbn.eq("isbn-1")).id;
        long emma = Book.objects.get(BOOK.isbn.eq("isbn-2")).id;
        Map<Long, Book> found = Book.objects.inBulk(List.of(dune, emma, 999_999L));
        assertThat(found).containsOnlyKeys(dune, emma);
        assertThat(found.get(emma).title).isEqualTo("Emma");
        assertThat(Book.objects.inBulk(List.<Long>of())).isEmpty();
        Book.objects.all().update(BOOK.rating.to(3));
        assertThat(Book.objects.all().distinct().valuesList(BOOK.rating).list()).containsExactly(3);
        assertThat(Book.objects.all().distinct().only(BOOK.id).count()).isEqualTo(5);
    }

    @EachBackend
    void valuesAndValuesList() {
        Fixtures.library();
        List<Row> rows = Book.objects.filter(BOOK.pages.lt(300)).orderBy("pages").values(BOOK.title, BOOK.price)
                .list();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get(BOOK.title)).isEqualTo("50% Off_Sale\\Now");
        assertThat(rows.get(0).get(BOOK.price)).isEqualByComparingTo("1.00");
        assertThat(rows.get(1).get("title")).isEqualTo("dune messiah");
        assertThat(rows.get(1).asMap()).containsOnlyKeys("title", "price");
        List<Integer> pages = Book.objects.orderBy("-pages").valuesList(BOOK.pages).list();
        assertThat(pages).containsExactly(482, 474, 412, 256, 10);
        List<List<Object>> pairs = Book.objects.orderBy("pages").limit(1).valuesList(BOOK.isbn, BOOK.pages).list();
        assertThat(pairs).containsExactly(List.of("isbn-4", 10));
    }

    @EachBackend
    void onlyAndDeferLoadSomeColumnsAndSaveLeavesTheRestAlone(Database db) {
        Fixtures.library();
        Book partial = Book.objects.filter(BOOK.isbn.eq("isbn-1")).only(BOOK.title).get();
        assertThat(partial.title).isEqualTo("Dune");
        assertThat(partial.pages).isZero();
        assertThat(partial.deferredFields()).contains("pages", "price", "isbn").doesNotContain("title", "id");
        partial.title = "Dune (2nd ed.)";
        Book.objects.save(partial);
        Book reloaded = Book.objects.get(BOOK.isbn.eq("isbn-1"));
        assertThat(reloaded.title).isEqualTo("Dune (2nd ed.)");
        assertThat(reloaded.pages).isEqualTo(412);
        assertThat(reloaded.price).isEqualByComparingTo("9.99");
        Book deferred = Book.objects.filter(BOOK.isbn.eq("isbn-2")).defer("notes", "price").get();
        assertThat(deferred.price).isNull();
        assertThat(deferred.title).isEqualTo("Emma");
        assertThat(deferred.deferredFields()).containsExactlyInAnyOrder("notes", "price");
        assertThat(deferred.databaseAlias()).contains(db.alias());
    }

    @EachBackend
    void evaluatesOncePerQuerySetValue() {
        Fixtures.library();
        QuerySet<Book> qs = Book.objects.filter(BOOK.pages.gt(100));
        QueryLog first = Queries.capture(() -> { qs.list(); });
        QueryLog again = Queries.capture(() -> {
            qs.list();
            for (Book ignored : qs) {
                // iteration reads the cache
            }
            assertThat(qs.count()).isEqualTo(4);
            assertThat(qs.exists()).isTrue();
            assertThat(qs.first()).isPresent();
        });
        assertThat(first.count()).isEqualTo(1);
        assertThat(again.count()).isZero();
        QueryLog fresh = Queries.capture(() -> { qs.all().list(); });
        assertThat(fresh.count()).isEqualTo(1);
        QueryLog lazy = Queries.capture(() -> {
            Book.objects.filter(BOOK.pages.gt(1)).orderBy("title").limit(3);
        });
        assertThat(lazy.count()).isZero();
    }

    @EachBackend
    void valuesQueriesAreCachedToo() {
        Fixtures.library();
        var titles = Book.objects.all().valuesList(BOOK.title);
        assertThat(Queries.capture(() -> { titles.list(); }).count()).isEqualTo(1);
        assertThat(Queries.capture(() -> { titles.list(); }).count()).isZero();
    }

    @EachBackend
    void updateAndDeleteThroughQuerySet() {
        Fixtures.library();
        int updated = Book.objects.filter(BOOK.price.isNull(false))
                .update(BOOK.price.to(BOOK.price.times(2)), BOOK.pages.to(BOOK.pages.plus(1)));
        assertThat(updated).isEqualTo(4);
        assertThat(Book.objects.get(BOOK.isbn.eq("isbn-1")).price).isEqualByComparingTo("19.98");
        assertThat(Book.objects.get(BOOK.isbn.eq("isbn-1")).pages).isEqualTo(413);
        assertThat(Book.objects.filter("isbn", "isbn-3").update(Map.of("notes", "no price yet"))).isEqualTo(1);
        assertThat(Book.objects.get("isbn", "isbn-3").notes).isEqualTo("no price yet");
        assertThat(Book.objects.filter(BOOK.price.gt(new BigDecimal("15"))).delete().total()).isEqualTo(2);
        assertThat(Book.objects.count()).isEqualTo(3);
        assertThat(Book.objects.filter(BOOK.id.in(Book.objects.filter(BOOK.pages.lt(100)))).delete().total()).isEqualTo(1);
        assertThat(Book.objects.count()).isEqualTo(2);
        assertThatThrownBy(() -> Book.objects.orderBy("id").limit(1).delete()).isInstanceOf(QueryException.class);
    }
}

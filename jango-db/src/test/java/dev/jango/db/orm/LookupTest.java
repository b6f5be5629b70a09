package dev.jango.db.orm;

import static dev.jango.db.orm.BookMeta.BOOK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.db.expr.F;
import dev.jango.db.query.QuerySet;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Every lookup, typed and by string path, on every backend. */
@OrmTest(models = Book.class)
class LookupTest {

    private static List<String> titles(QuerySet<Book> qs) {
        return qs.orderBy(BOOK.id.asc()).list().stream().map(b -> b.title).toList();
    }

    @EachBackend
    void exactIsCaseSensitiveAndIexactIsNot() {
        Fixtures.library();
        assertThat(titles(Book.objects.filter(BOOK.title.eq("Dune")))).containsExactly("Dune");
        assertThat(titles(Book.objects.filter(BOOK.title.eq("dune")))).isEmpty();
        assertThat(titles(Book.objects.filter("title", "DUNE"))).isEmpty();
        assertThat(titles(Book.objects.filter(BOOK.title.iexact("DUNE")))).containsExactly("Dune");
        assertThat(titles(Book.objects.filter("title__iexact", "dune MESSIAH"))).containsExactly("dune messiah");
        assertThat(titles(Book.objects.filter(BOOK.title.ne("Dune")))).hasSize(4);
    }

    @EachBackend
    void containsFamilyWithCaseRules() {
        Fixtures.library();
        assertThat(titles(Book.objects.filter(BOOK.title.contains("une")))).containsExactly("Dune", "dune messiah");
        assertThat(titles(Book.objects.filter(BOOK.title.contains("UNE")))).isEmpty();
        assertThat(titles(Book.objects.filter("title__icontains", "UNE"))).containsExactly("Dune", "dune messiah");
        assertThat(titles(Book.objects.filter(BOOK.title.startsWith("D")))).containsExactly("Dune");
        assertThat(titles(Book.objects.filter("title__istartswith", "d"))).containsExactly("Dune", "dune messiah");
        assertThat(titles(Book.objects.filter(BOOK.title.endsWith("ion")))).containsExactly("Hyperion");
        assertThat(titles(Book.objects.filter(BOOK.title.endsWith("ION")))).isEmpty();
        assertThat(titles(Book.objects.filter("title__iendswith", "ION"))).containsExactly("Hyperion");
    }

    @EachBackend
    void likeWildcardsInValuesMatchLiterally() {
        Fixtures.library();
        assertThat(titles(Book.objects.filter(BOOK.title.contains("%")))).containsExactly("50% Off_Sale\\Now");
        assertThat(titles(Book.objects.filter(BOOK.title.contains("_")))).containsExactly("50% Off_Sale\\Now");
        assertThat(titles(Book.objects.filter(BOOK.title.icontains("\\")))).containsExactly("50% Off_Sale\\Now");
        assertThat(titles(Book.objects.filter(BOOK.title.startsWith("50% O")))).containsExactly("50% Off_Sale\\Now");
        assertThat(titles(Book.objects.filter(BOOK.title.contains("D_ne")))).isEmpty();
        assertThat(titles(Book.objects.filter(BOOK.title.icontains("d%e")))).isEmpty();
        assertThat(titles(Book.objects.filter(BOOK.title.contains("*")))).isEmpty();
        assertThat(titles(Book.objects.filter(BOOK.title.contains("?")))).isEmpty();
        assertThat(titles(Book.objects.filter(BOOK.title.contains("[")))).isEmpty();
        assertThat(titles(Book.objects.filter(BOOK.title.endsWith("Sale\\Now")))).containsExactly("50% Off_Sale\\Now");
    }

    @EachBackend
    void inAndRangeAndComparisons() {
        Fixtures.library();
        assertThat(titles(Book.objects.filter(BOOK.isbn.in("isbn-1", "isbn-3", "nope")))).containsExactly("Dune",
                "Hyperion");
        assertThat(titles(Book.objects.filter("pages__in", List.of(10, 256)))).containsExactly("50% Off_Sale\\Now",
                "dune messiah");
        assertThat(titles(Book.objects.filter(BOOK.isbn.in(List.of())))).isEmpty();
        assertThat(titles(Book.objects.exclude(BOOK.isbn.in(List.of())))).hasSize(5);
        assertThat(titles(Book.objects.filter(BOOK.pages.gt(412)))).containsExactly("Emma", "Hyperion");
        assertThat(titles(Book.objects.filter(BOOK.pages.gte(412)))).containsExactly("Dune", "Emma", "Hyperion");
        assertThat(titles(Book.objects.filter("pages__lt", 256))).containsExactly("50% Off_Sale\\Now");
        assertThat(titles(Book.objects.filter("pages__lte", "256"))).containsExactly("50% Off_Sale\\Now",
                "dune messiah");
        assertThat(titles(Book.objects.filter(BOOK.pages.range(256, 412)))).containsExactly("Dune", "dune messiah");
        assertThat(titles(Book.objects.filter("price__range", List.of("5.00", "10")))).containsExactly("Dune", "Emma");
        assertThat(titles(Book.objects.filter(BOOK.price.lt(new BigDecimal("6"))))).containsExactly("Emma",
                "50% Off_Sale\\Now");
        assertThat(titles(Book.objects.filter(BOOK.published.lt(LocalDate.of(1900, 1, 1))))).containsExactly("Emma");
        assertThat(titles(Book.objects.filter(BOOK.createdAt.gte(Instant.parse("2021-06-15T12:30:45Z")))))
                .containsExactly("Emma", "dune messiah");
    }

    @EachBackend
    void isNullBothWays() {
        Fixtures.library();
        assertThat(titles(Book.objects.filter(BOOK.price.isNull(true)))).containsExactly("Hyperion");
        assertThat(titles(Book.objects.filter("published__isnull", false))).hasSize(4);
        assertThat(titles(Book.objects.filter(BOOK.published.eq((LocalDate) null)))).containsExactly("dune messiah");
    }

    @EachBackend
    void regexAndIregex() {
        Fixtures.library();
        assertThat(titles(Book.objects.filter(BOOK.title.regex("^[DE][a-z]+$")))).containsExactly("Dune", "Emma");
        assertThat(titles(Book.objects.filter("title__regex", "^d"))).containsExactly("dune messiah");
        assertThat(titles(Book.objects.filter(BOOK.title.iregex("^D")))).containsExactly("Dune", "dune messiah");
        assertThat(titles(Book.objects.filter("title__iregex", "MESS"))).containsExactly("dune messiah");
    }

    @EachBackend
    void datePartsOnDatesAndDateTimes() {
        Fixtures.library();
        assertThat(titles(Book.objects.filter(BOOK.published.year().gte(1965).and(BOOK.published.year().lt(2000)))))
                .containsExactly("Dune", "Hyperion");
        assertThat(titles(Book.objects.filter("published__year__gte", 2020))).containsExactly("50% Off_Sale\\Now");
        assertThat(titles(Book.objects.filter("published__month", 12))).containsExactly("Emma");
        assertThat(titles(Book.objects.filter("published__day", 26))).containsExactly("Hyperion");
        // 1965-08-01 was a Sunday: week_day 1 as in Django.
        assertThat(titles(Book.objects.filter(BOOK.published.weekDay().eq(1)))).containsExactly("Dune");
        assertThat(titles(Book.objects.filter("published__quarter", 2))).containsExactly("Hyperion");
        // ISO week: 2021-03-15 is in week 11; 1815-12-23 in week 51.
        assertThat(titles(Book.objects.filter("published__week", 11))).containsExactly("50% Off_Sale\\Now");
        assertThat(titles(Book.objects.filter(BOOK.published.week().eq(51)))).containsExactly("Emma");
        assertThat(titles(Book.objects.filter("createdAt__hour", 23))).containsExactly("50% Off_Sale\\Now");
        assertThat(titles(Book.objects.filter(BOOK.createdAt.minute().eq(30)))).containsExactly("Emma");
        assertThat(titles(Book.objects.filter(BOOK.createdAt.second().eq(5)))).containsExactly("Dune");
        assertThat(titles(Book.objects.filter("createdAt__year", 2021))).containsExactly("Emma", "50% Off_Sale\\Now");
        assertThat(titles(Book.objects.filter("createdAt__day__lte", 2))).containsExactly("Dune");
    }

    @EachBackend
    void enumsByConstantOrKey() {
        Fixtures.library();
        Book.objects.filter(BOOK.title.eq("Dune")).update(BOOK.format.to(Book.Format.HARDCOVER));
        assertThat(titles(Book.objects.filter(BOOK.format.eq(Book.Format.HARDCOVER)))).containsExactly("Dune");
        assertThat(titles(Book.objects.filter("format", "hc"))).containsExactly("Dune");
        assertThat(Book.objects.get(BOOK.title.eq("Dune")).format).isEqualTo(Book.Format.HARDCOVER);
    }

    @EachBackend
    void fExpressionsWithArithmetic() {
        Fixtures.library();
        Book.objects.filter(BOOK.title.eq("Emma")).update(BOOK.rating.to(500));
        Book.objects.filter(BOOK.title.eq("Dune")).update(BOOK.rating.to(100));
        assertThat(titles(Book.objects.filter(BOOK.rating.gt(F.of(BOOK.pages))))).containsExactly("Emma");
        assertThat(titles(Book.objects.filter(BOOK.pages.gt(F.of("rating").times(4))))).containsExactly("Dune");
        assertThat(titles(Book.objects.filter("pages__lt", F.of(BOOK.rating).minus(20)))).containsExactly("Emma");
        assertThat(titles(Book.objects.filter(BOOK.pages.eq(F.of(BOOK.rating).plus(312))))).containsExactly("Dune");
        assertThat(titles(Book.objects.filter(F.of("published").range("1960-01-01", "1970-01-01"))))
                .containsExactly("Dune");
        assertThat(titles(Book.objects.filter(F.of("isbn").in(List.of("isbn-2", "isbn-3"))))).containsExactly("Emma",
                "Hyperion");
        assertThat(titles(Book.objects.filter(F.of("published").gte("2000-01-01")))).containsExactly(
                "50% Off_Sale\\Now");
        assertThat(titles(Book.objects.filter(Map.of("pages__gte", 400, "price__lt", new BigDecimal("9")))))
                .containsExactly("Emma");
    }

    @EachBackend
    void andOrNotTrees() {
        Fixtures.library();
        var cheapOrLong = BOOK.price.lt(new BigDecimal("2")).or(BOOK.pages.gt(480));
        assertThat(titles(Book.objects.filter(cheapOrLong))).containsExactly("Hyperion", "50% Off_Sale\\Now");
        assertThat(titles(Book.objects.filter(cheapOrLong.not()))).containsExactly("Dune", "Emma", "dune messiah");
        assertThat(titles(Book.objects.filter(BOOK.title.startsWith("D").or(BOOK.title.startsWith("E"))
                .and(BOOK.pages.gt(450))))).containsExactly("Emma");
        assertThat(titles(Book.objects.exclude("title__icontains", "dune").exclude(BOOK.pages.lt(100))))
                .containsExactly("Emma", "Hyperion");
        // As in Django, excluding a lookup on a nullable column keeps the rows where it is NULL.
        assertThat(titles(Book.objects.exclude(BOOK.price.lt(new BigDecimal("6"))))).containsExactly("Dune",
                "Hyperion", "dune messiah");
        assertThat(titles(Book.objects.exclude("published__year__lt", 2000))).containsExactly("50% Off_Sale\\Now",
                "dune messiah");
        assertThat(titles(Book.objects.filter(BOOK.price.lt(new BigDecimal("6")).not().and(BOOK.pages.gt(300)))))
                .containsExactly("Dune", "Hyperion");
    }

    @EachBackend
    void inSubQuerySet() {
        Fixtures.library();
        QuerySet<Book> long_ = Book.objects.filter(BOOK.pages.gt(450));
        assertThat(titles(Book.objects.filter(BOOK.id.in(long_)))).containsExactly("Emma", "Hyperion");
        assertThat(titles(Book.objects.filter(BOOK.isbn.in(Book.objects.filter(BOOK.title.startsWith("D"))
                .valuesList(BOOK.isbn))))).containsExactly("Dune");
        assertThat(titles(Book.objects.filter("id__in", Book.objects.all().orderBy("-pages").limit(1))))
                .containsExactly("Hyperion");
    }
}

package dev.jango.db.orm;

import static dev.jango.db.orm.BookMeta.BOOK;
import static dev.jango.db.orm.ReviewMeta.REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.jango.db.connection.Database;
import dev.jango.db.connection.Queries;
import dev.jango.db.connection.QueryLog;
import dev.jango.db.connection.Vendor;
import dev.jango.db.expr.Avg;
import dev.jango.db.expr.Case;
import dev.jango.db.expr.Count;
import dev.jango.db.expr.Exists;
import dev.jango.db.expr.F;
import dev.jango.db.expr.Functions;
import dev.jango.db.expr.Max;
import dev.jango.db.expr.Min;
import dev.jango.db.expr.OuterRef;
import dev.jango.db.expr.Subquery;
import dev.jango.db.expr.Sum;
import dev.jango.db.expr.Trunc;
import dev.jango.db.expr.Window;
import dev.jango.db.meta.FieldKind;
import dev.jango.db.query.Annotated;
import dev.jango.db.query.ExpressionError;
import dev.jango.db.query.QuerySet;
import dev.jango.db.query.Row;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Issue 3 item 6: annotate, aggregate, group by/having, functions, Case, subqueries and windows, per backend. */
@OrmTest(models = {Book.class, Review.class})
class ExpressionTest {

    /** The library, with formats (Dune, Hyperion hardcover; Emma, messiah paperback) and ratings 5, 5, 4. */
    private static void library() {
        Fixtures.library();
        Book.objects.filter(BOOK.title.in(List.of("Dune", "Hyperion"))).update(BOOK.format.to(Book.Format.HARDCOVER));
        Book.objects.filter(BOOK.title.in(List.of("Emma", "dune messiah"))).update(BOOK.format.to(Book.Format.PAPERBACK));
        Book.objects.filter(BOOK.title.in(List.of("Dune", "Emma"))).update(BOOK.rating.to(5));
        Book.objects.filter(BOOK.title.eq("Hyperion")).update(BOOK.rating.to(4));
    }

    private static long id(String title) {
        return Book.objects.get(BOOK.title.eq(title)).id;
    }

    private static Map<String, Object> byTitle(QuerySet<Book> qs, String annotation) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Annotated<Book> a : qs.annotated()) {
            out.put(a.instance().title, a.annotations().get(annotation));
        }
        return out;
    }

    @EachBackend
    void aggregatesWithDistinctAndFilter() {
        library();
        QuerySet<Book> all = Book.objects.all();
        assertThat(all.aggregate(Count.all(), Long.class)).isEqualTo(5L);
        assertThat(all.aggregate(Count.of(BOOK.price), Long.class)).isEqualTo(4L);
        assertThat(all.aggregate(Count.of(BOOK.format).distinct(), Long.class)).isEqualTo(2L);
        assertThat(all.aggregate(Count.all().filter(BOOK.pages.gt(400)), Long.class)).isEqualTo(3L);
        assertThat(all.aggregate(Count.of(BOOK.rating).distinct().filter(BOOK.pages.gt(400)), Long.class))
                .isEqualTo(2L);
        assertThat(all.aggregate(Sum.of(BOOK.pages), Long.class)).isEqualTo(1634L);
        assertThat(all.aggregate(Sum.of(BOOK.pages).filter(BOOK.pages.gt(400)), Long.class)).isEqualTo(1368L);
        assertThat(all.aggregate(Sum.of(BOOK.rating), Long.class)).isEqualTo(14L);
        assertThat(all.aggregate(Sum.of(BOOK.rating).distinct(), Long.class)).isEqualTo(9L);
        assertThat(all.aggregate(Avg.of(BOOK.pages), Double.class)).isCloseTo(326.8, within(1e-9));
        assertThat(all.aggregate(Avg.of(BOOK.rating).distinct(), Double.class)).isCloseTo(4.5, within(1e-9));
        assertThat(all.aggregate(Avg.of(BOOK.price), BigDecimal.class).setScale(4, RoundingMode.HALF_UP))
                .isEqualByComparingTo("7.1225");
        assertThat(all.aggregate(Avg.of(BOOK.pages).filter(BOOK.format.eq(Book.Format.PAPERBACK)), Double.class))
                .isCloseTo(365.0, within(1e-9));
        assertThat(all.aggregate(Min.of(BOOK.published), LocalDate.class)).isEqualTo(LocalDate.of(1815, 12, 23));
        assertThat(all.aggregate(Min.of(BOOK.pages).distinct(), Integer.class)).isEqualTo(10);
        assertThat(all.aggregate(Min.of(BOOK.pages).filter(BOOK.pages.gt(300)), Integer.class)).isEqualTo(412);
        assertThat(all.aggregate(Max.of(BOOK.price).filter(BOOK.pages.lt(400)), BigDecimal.class))
                .isEqualByComparingTo("12.00");
        assertThat(all.aggregate(Max.of(BOOK.createdAt), Instant.class))
                .isEqualTo(Instant.parse("2022-11-30T08:00:00Z"));
        assertThat(all.aggregate(Max.of(BOOK.pages).distinct(), Integer.class)).isEqualTo(482);

        Row row = Book.objects.filter(BOOK.pages.gt(300)).aggregate(Map.of("n", Count.all(), "pages",
                Sum.of("pages"), "cheapest", Min.of(BOOK.price)));
        assertThat(row.get("n", Long.class)).isEqualTo(3L);
        assertThat(row.get("pages", Long.class)).isEqualTo(1368L);
        assertThat(row.get("cheapest", BigDecimal.class)).isEqualByComparingTo("5.50");

        Row none = Book.objects.filter(BOOK.pages.gt(10_000)).aggregate(Map.of("n", Count.all(), "s",
                Sum.of(BOOK.pages)));
        assertThat(none.get("n")).isEqualTo(0L);
        assertThat(none.get("s")).isNull();
        QueryLog log = Queries.capture(() -> { Book.objects.aggregate(Map.of("a", Count.all(), "b",
                Max.of(BOOK.pages))); });
        assertThat(log.count()).isEqualTo(1);
    }

    @EachBackend
    void groupByThroughValuesAndHaving() {
        library();
        List<Row> rows = Book.objects.values(BOOK.format).annotate("n", Count.all())
                .annotate("total", Sum.of(BOOK.pages)).orderBy("total").list();
        assertThat(rows).extracting(r -> r.get(BOOK.format), r -> r.get("n"), r -> r.get("total"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, 1L, 10L),
                        org.assertj.core.groups.Tuple.tuple(Book.Format.PAPERBACK, 2L, 730L),
                        org.assertj.core.groups.Tuple.tuple(Book.Format.HARDCOVER, 2L, 894L));
        // A filter on an aggregate annotation is HAVING; one on a field stays WHERE.
        List<Row> busy = Book.objects.values(BOOK.format).annotate("n", Count.all()).filter(F.of("n").gt(1))
                .orderBy(F.of("n").desc(), BOOK.format.asc()).list();
        assertThat(busy).extracting(r -> r.get(BOOK.format))
                .containsExactly(Book.Format.HARDCOVER, Book.Format.PAPERBACK);
        assertThat(Book.objects.filter(BOOK.pages.gt(300)).values(BOOK.format)
                .annotate("total", Sum.of(BOOK.pages)).filter("total__gte", 800).list())
                .extracting(r -> r.get(BOOK.format)).containsExactly(Book.Format.HARDCOVER);
        // Annotating a model QuerySet with an aggregate groups by its columns (one row per book here).
        assertThat(byTitle(Book.objects.annotate("n", Count.all()).orderBy("id"), "n").values())
                .containsOnly(1L).hasSize(5);
        assertThat(Book.objects.annotate("n", Count.all()).count()).isEqualTo(5);
        // String forms: values by field name, then annotate; the annotation's value comes with each row.
        assertThat(Book.objects.all().values("format").annotate("n", Count.all()).filter("n", 1L).list())
                .extracting(r -> r.get("format"), r -> r.get("n")).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, 1L));
        assertThat(Book.objects.annotate("len", Functions.length(BOOK.title)).filter("len__lt", 5).orderBy("id")
                .values("title").list()).extracting(Row::asMap).containsExactly(Map.of("title", "Dune", "len", 4),
                        Map.of("title", "Emma", "len", 4));
    }

    @EachBackend
    void scalarFunctions(Database db) {
        library();
        Fixtures.book("Ångström", "isbn-6", 1, "2.00", null, null);
        QuerySet<Book> qs = Book.objects.filter(BOOK.title.in(List.of("Dune", "Hyperion", "Ångström")))
                .annotate("lower", Functions.lower(BOOK.title))
                .annotate("upper", Functions.upper(F.of("title")))
                .annotate("length", Functions.length(BOOK.title))
                .annotate("label", Functions.concat(BOOK.title, " / ", BOOK.notes))
                .annotate("priced", Functions.coalesce(BOOK.price, new BigDecimal("0")))
                .annotate("rated", Functions.coalesce(BOOK.rating, 0))
                .annotate("pagesText", Functions.cast(BOOK.pages, FieldKind.TEXT))
                .annotate("pagesDouble", Functions.cast(BOOK.pages, FieldKind.DOUBLE))
                .annotate("fortyTwo", Functions.cast(Functions.value("42"), FieldKind.INT))
                .annotate("one", Functions.value(1))
                .annotate("now", Functions.now())
                .orderBy("id");
        List<Annotated<Book>> rows = qs.annotated();
        // SQLite's LOWER/UPPER fold ASCII only (ADR 0020).
        boolean ascii = db.vendor() == Vendor.SQLITE;
        assertThat(rows).extracting(a -> a.get("lower", String.class))
                .containsExactly("dune", "hyperion", ascii ? "Ångström" : "ångström");
        assertThat(rows).extracting(a -> a.get("upper", String.class))
                .containsExactly("DUNE", "HYPERION", ascii ? "ÅNGSTRöM" : "ÅNGSTRÖM");
        assertThat(rows).extracting(a -> a.get("length", Integer.class)).containsExactly(4, 8, 8);
        assertThat(rows).extracting(a -> a.get("label", String.class))
                .containsExactly("Dune / ", "Hyperion / ", "Ångström / ");
        assertThat(rows).extracting(a -> a.get("priced", BigDecimal.class).setScale(2, RoundingMode.HALF_UP))
                .containsExactly(new BigDecimal("9.99"), new BigDecimal("0.00"), new BigDecimal("2.00"));
        assertThat(rows).extracting(a -> a.get("rated", Integer.class)).containsExactly(5, 4, 0);
        assertThat(rows).extracting(a -> a.get("pagesText", String.class)).containsExactly("412", "482", "1");
        assertThat(rows).extracting(a -> a.get("pagesDouble", Double.class)).containsExactly(412.0, 482.0, 1.0);
        assertThat(rows).extracting(a -> a.get("fortyTwo", Integer.class)).containsExactly(42, 42, 42);
        assertThat(rows).extracting(a -> a.get("one", Integer.class)).containsExactly(1, 1, 1);
        Instant now = rows.getFirst().get("now", Instant.class);
        assertThat(Duration.between(Instant.now(), now).abs()).isLessThan(Duration.ofMinutes(2));
        // Functions work in filters and ordering too.
        assertThat(Book.objects.filter(Functions.lower(BOOK.title).eq("dune")).list()).extracting(b -> b.title)
                .containsExactly("Dune");
        assertThat(Book.objects.filter(Functions.length(BOOK.title).gt(10)).orderBy("id").list())
                .extracting(b -> b.title).containsExactly("50% Off_Sale\\Now", "dune messiah");
        assertThat(Book.objects.annotate("len", Functions.length(BOOK.title)).orderBy("-len", "id").first())
                .map(b -> b.title).contains("50% Off_Sale\\Now");
    }

    @EachBackend
    void dateTruncation() {
        library();
        long dune = id("Dune");
        long emma = id("Emma");
        Map<Trunc.Unit, LocalDate> dates = Map.of(Trunc.Unit.YEAR, LocalDate.of(1965, 1, 1),
                Trunc.Unit.QUARTER, LocalDate.of(1965, 7, 1), Trunc.Unit.MONTH, LocalDate.of(1965, 8, 1),
                Trunc.Unit.WEEK, LocalDate.of(1965, 7, 26), Trunc.Unit.DAY, LocalDate.of(1965, 8, 1));
        for (Map.Entry<Trunc.Unit, LocalDate> e : dates.entrySet()) {
            Annotated<Book> a = Book.objects.filter(BOOK.id.eq(dune))
                    .annotate("t", Functions.trunc(e.getKey(), BOOK.published)).annotated().getFirst();
            assertThat(a.get("t", LocalDate.class)).as(e.getKey().toString()).isEqualTo(e.getValue());
        }
        Map<Trunc.Unit, String> times = Map.of(Trunc.Unit.YEAR, "2021-01-01T00:00:00Z",
                Trunc.Unit.QUARTER, "2021-04-01T00:00:00Z", Trunc.Unit.MONTH, "2021-06-01T00:00:00Z",
                Trunc.Unit.WEEK, "2021-06-14T00:00:00Z", Trunc.Unit.DAY, "2021-06-15T00:00:00Z",
                Trunc.Unit.HOUR, "2021-06-15T12:00:00Z", Trunc.Unit.MINUTE, "2021-06-15T12:30:00Z");
        for (Map.Entry<Trunc.Unit, String> e : times.entrySet()) {
            Annotated<Book> a = Book.objects.filter(BOOK.id.eq(emma))
                    .annotate("t", Functions.trunc(e.getKey(), BOOK.createdAt)).annotated().getFirst();
            assertThat(a.get("t", Instant.class)).as(e.getKey().toString()).isEqualTo(Instant.parse(e.getValue()));
        }
        // Truncated values compare with bound dates.
        assertThat(Book.objects.filter(Functions.trunc(Trunc.Unit.YEAR, BOOK.published)
                .eq(LocalDate.of(1965, 1, 1))).list()).extracting(b -> b.title).containsExactly("Dune");
    }

    @EachBackend
    void caseWhen() {
        library();
        QuerySet<Book> qs = Book.objects.annotate("size", Case.when(BOOK.pages.gt(400), "long")
                .orWhen(BOOK.pages.gt(100), "medium").otherwise("short")).orderBy("id");
        assertThat(byTitle(qs, "size").values()).containsExactly("long", "long", "long", "short", "medium");
        assertThat(byTitle(Book.objects.annotate("cheap", Case.when(BOOK.price.lt(new BigDecimal("6")), 1))
                .orderBy("id"), "cheap").values()).containsExactly(null, 1, null, 1, null);
        assertThat(Book.objects.aggregate(Sum.of(Case.when(BOOK.pages.gt(400), 1).otherwise(0)), Long.class))
                .isEqualTo(3L);
        assertThat(Book.objects.filter(Case.when(BOOK.pages.gt(400), "long").otherwise("short").eq("short"))
                .orderBy("id").list()).extracting(b -> b.title).containsExactly("50% Off_Sale\\Now", "dune messiah");
    }

    @EachBackend
    void subqueryWithOuterRefAndExists() {
        library();
        long dune = id("Dune");
        long emma = id("Emma");
        Review.add(dune, 5, "ann");
        Review.add(dune, 3, "bob");
        Review.add(emma, 4, "ann");
        QuerySet<Book> qs = Book.objects.annotate("lastStars", Subquery.of(Review.objects
                .filter(REVIEW.bookId.eq(OuterRef.of("id"))).orderBy(REVIEW.id.desc()).limit(1)
                .valuesList(REVIEW.stars))).orderBy("id");
        assertThat(byTitle(qs, "lastStars").values()).containsExactly(3, 4, null, null, null);
        assertThat(qs.filter(F.of("lastStars").gte(4)).list()).extracting(b -> b.title).containsExactly("Emma");

        Exists goodReview = Exists.of(Review.objects.filter(REVIEW.bookId.eq(OuterRef.of("id")), REVIEW.stars.gte(4)));
        assertThat(Book.objects.filter(goodReview).orderBy("id").list()).extracting(b -> b.title)
                .containsExactly("Dune", "Emma");
        assertThat(Book.objects.exclude(goodReview).orderBy("id").list()).extracting(b -> b.title)
                .containsExactly("Hyperion", "50% Off_Sale\\Now", "dune messiah");
        assertThat(byTitle(Book.objects.annotate("good", goodReview).orderBy("id"), "good").values())
                .containsExactly(true, true, false, false, false);
        // Correlated on a non-key field: books whose id has a review by ann.
        assertThat(Book.objects.filter(BOOK.id.in(Review.objects.filter(REVIEW.reviewer.eq("ann"))
                .valuesList(REVIEW.bookId))).count()).isEqualTo(2);
    }

    @EachBackend
    void windowFunctions() {
        library();
        QuerySet<Book> byPages = Book.objects.orderBy("pages");
        assertThat(byTitle(byPages.annotate("rn", Window.rowNumber().orderBy(BOOK.pages.desc())), "rn"))
                .containsExactly(Map.entry("50% Off_Sale\\Now", 5L), Map.entry("dune messiah", 4L),
                        Map.entry("Dune", 3L), Map.entry("Emma", 2L), Map.entry("Hyperion", 1L));
        QuerySet<Book> rated = Book.objects.filter(BOOK.rating.isNull(false)).orderBy("id");
        assertThat(byTitle(rated.annotate("r", Window.rank().orderBy(BOOK.rating.desc())), "r").values())
                .containsExactly(1L, 1L, 3L);
        assertThat(byTitle(rated.annotate("r", Window.denseRank().orderBy(BOOK.rating.desc())), "r").values())
                .containsExactly(1L, 1L, 2L);
        assertThat(byTitle(byPages.annotate("prev", Window.lag(BOOK.pages, 1).orderBy(BOOK.pages.asc())), "prev")
                .values()).containsExactly(null, 10, 256, 412, 474);
        assertThat(byTitle(byPages.annotate("next", Window.lead(BOOK.pages, 2).orderBy(BOOK.pages.asc())), "next")
                .values()).containsExactly(412, 474, 482, null, null);
        assertThat(byTitle(byPages.annotate("run", Sum.of(BOOK.pages).over().orderBy(BOOK.pages.asc())), "run")
                .values()).containsExactly(10L, 266L, 678L, 1152L, 1634L);
        // Partitioned: rank within a format, and the format's total on every row.
        QuerySet<Book> formatted = Book.objects.filter(BOOK.format.isNull(false)).orderBy("id")
                .annotate("inFormat", Window.rowNumber().partitionBy(BOOK.format).orderBy(BOOK.pages.desc()))
                .annotate("formatPages", Sum.of(BOOK.pages).over().partitionBy(BOOK.format));
        assertThat(byTitle(formatted, "inFormat").values()).containsExactly(2L, 1L, 1L, 2L);
        assertThat(byTitle(formatted, "formatPages").values()).containsExactly(894L, 730L, 894L, 730L);
        // Ordering by a window annotation.
        assertThat(Book.objects.annotate("rn", Window.rowNumber().orderBy(BOOK.pages.asc())).orderBy("-rn")
                .first()).map(b -> b.title).contains("Hyperion");
    }

    @EachBackend
    void badInputFailsBeforeSql() {
        library();
        QueryLog log = Queries.capture(() -> {
            assertThatThrownBy(() -> Book.objects.annotate("title", Functions.upper(BOOK.title)))
                    .isInstanceOf(ExpressionError.class).hasMessageContaining("Book.title")
                    .hasMessageContaining("annotation 'title'");
            assertThatThrownBy(() -> Book.objects.annotate("n", Count.all()).annotate("n", Count.all()))
                    .isInstanceOf(ExpressionError.class).hasMessageContaining("'n' is already defined");
            assertThatThrownBy(() -> Sum.of(BOOK.title)).isInstanceOf(ExpressionError.class)
                    .hasMessageContaining("SUM").hasMessageContaining("Book.title").hasMessageContaining("CHAR");
            assertThatThrownBy(() -> Book.objects.aggregate(Avg.of("published"), Double.class))
                    .isInstanceOf(ExpressionError.class).hasMessageContaining("AVG")
                    .hasMessageContaining("Book.published").hasMessageContaining("DATE");
            assertThatThrownBy(() -> Book.objects.filter(BOOK.id.eq(OuterRef.of("id"))).list())
                    .isInstanceOf(ExpressionError.class).hasMessageContaining("OuterRef(\"id\")")
                    .hasMessageContaining("only valid inside a Subquery");
            assertThatThrownBy(() -> Book.objects.annotate("x", Subquery.of(Review.objects
                    .filter(REVIEW.bookId.eq(OuterRef.of("nope"))).valuesList(REVIEW.stars))))
                    .isInstanceOf(dev.jango.db.query.FieldError.class).hasMessageContaining("Book has no field 'nope'");
            assertThatThrownBy(() -> Book.objects.annotate("rn", Window.rowNumber().orderBy(BOOK.id.asc()))
                    .filter(F.of("rn").lte(2))).isInstanceOf(ExpressionError.class)
                    .hasMessageContaining("Book").hasMessageContaining("window function");
            assertThatThrownBy(() -> Book.objects.filter(Count.all().gt(1))).isInstanceOf(ExpressionError.class)
                    .hasMessageContaining("Book").hasMessageContaining("annotate");
            assertThatThrownBy(() -> Book.objects.annotate("u", Functions.cast(BOOK.title, FieldKind.UUID)).list())
                    .isInstanceOf(ExpressionError.class).hasMessageContaining("UUID");
            assertThatThrownBy(() -> Book.objects.annotate("h", Functions.trunc(Trunc.Unit.HOUR, BOOK.published))
                    .list()).isInstanceOf(ExpressionError.class).hasMessageContaining("Book.published");
            assertThatThrownBy(() -> Book.objects.annotate("bad name", Count.all()))
                    .isInstanceOf(ExpressionError.class).hasMessageContaining("'bad name'");
        });
        assertThat(log.count()).isZero();
    }
}

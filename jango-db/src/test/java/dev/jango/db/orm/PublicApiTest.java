package dev.jango.db.orm;

import static dev.jango.db.orm.BookMeta.BOOK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.db.deletion.DeleteResult;
import dev.jango.db.dialect.Dialect;
import dev.jango.db.expr.Assignment;
import dev.jango.db.expr.Condition;
import dev.jango.db.expr.Expression;
import dev.jango.db.expr.F;
import dev.jango.db.expr.OrderBy;
import dev.jango.db.model.Manager;
import dev.jango.db.query.QuerySet;
import dev.jango.db.query.Row;
import dev.jango.db.query.ValuesQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Touches the whole public query API without running it, so an incompatible change fails to compile here
 * first. Nothing is evaluated: building queries needs no database.
 */
class PublicApiTest {
    @Test
    void everyEntryPointCompilesAndStaysLazy() {
        Condition typed = BOOK.title.startsWith("A").and(BOOK.price.lt(new BigDecimal("20")))
                .or(BOOK.published.year().gte(2020).not())
                .and(BOOK.pages.range(1, 10)).and(BOOK.isbn.in("a", "b")).and(BOOK.notes.isNull(true))
                .and(BOOK.title.iexact("x")).and(BOOK.title.contains("x")).and(BOOK.title.icontains("x"))
                .and(BOOK.title.istartsWith("x")).and(BOOK.title.endsWith("x")).and(BOOK.title.iendsWith("x"))
                .and(BOOK.title.regex("x")).and(BOOK.title.iregex("x")).and(BOOK.pages.gt(F.of(BOOK.rating)))
                .and(BOOK.published.month().eq(1)).and(BOOK.createdAt.hour().lte(3))
                .and(BOOK.published.lte(LocalDate.of(2020, 1, 1))).and(BOOK.id.in(Book.objects.all()));
        Expression arithmetic = BOOK.pages.plus(1).times(2).minus(F.of("rating")).div(3);
        OrderBy order = BOOK.published.desc().nullsLast();
        Assignment set = BOOK.pages.to(BOOK.pages.plus(1));
        QuerySet<Book> qs = Book.objects.filter(typed).exclude("title__icontains", "z")
                .filter(Map.of("pages__gte", 1)).orderBy(order, BOOK.id.asc()).orderBy("-id", "title")
                .reverse().distinct().slice(0, 10L).only(BOOK.title).defer("notes").using("default");
        ValuesQuery<Row> rows = Book.objects.filter(BOOK.pages.gt(arithmetic)).values(BOOK.title);
        ValuesQuery<String> titles = Book.objects.all().valuesList(BOOK.title);
        ValuesQuery<List<Object>> pairs = Book.objects.all().valuesList(BOOK.title, BOOK.pages);
        Manager<Book> manager = Book.objects.using("default");
        Supplier<DeleteResult> deleteMatching = () -> Book.objects.filter(typed).delete();
        Function<Book, DeleteResult> deleteOne = Book.objects::delete;
        assertThat(qs.statement(Dialect.SQLITE).sql()).startsWith("SELECT DISTINCT");
        assertThat(List.of(rows, titles, pairs, manager, set, deleteMatching, deleteOne)).hasSize(7);
    }
}

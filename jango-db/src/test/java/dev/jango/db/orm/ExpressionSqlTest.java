package dev.jango.db.orm;

import static dev.jango.db.orm.BookMeta.BOOK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.db.dialect.Dialect;
import dev.jango.db.expr.Count;
import dev.jango.db.expr.F;
import dev.jango.db.expr.Functions;
import dev.jango.db.expr.Sum;
import dev.jango.db.expr.Trunc;
import dev.jango.db.expr.Window;
import dev.jango.db.query.QuerySet;
import dev.jango.db.query.Statement;
import dev.jango.db.query.ValuesQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL of expressions per dialect, and their place in the shape cache (no database needed). */
class ExpressionSqlTest {

    private static ValuesQuery<?> grouped(int minPages) {
        return Book.objects.values(BOOK.format)
                .annotate("n", Count.all().filter(BOOK.pages.gt(minPages)))
                .filter(F.of("n").gt(1)).orderBy("-n");
    }

    @Test
    void aggregateFilterIsAFilterClauseOrACaseWhen() {
        assertThat(grouped(100).statement(Dialect.POSTGRESQL).sql()).isEqualTo(
                "SELECT \"orm_book\".\"format\", COUNT(*) FILTER (WHERE \"orm_book\".\"pages\" > ?) AS \"n\""
                + " FROM \"orm_book\" GROUP BY \"orm_book\".\"format\" HAVING COUNT(*) FILTER (WHERE"
                + " \"orm_book\".\"pages\" > ?) > ? ORDER BY COUNT(*) FILTER (WHERE \"orm_book\".\"pages\" > ?) DESC");
        assertThat(grouped(100).statement(Dialect.SQLITE).sql())
                .isEqualTo(grouped(100).statement(Dialect.POSTGRESQL).sql());
        assertThat(grouped(100).statement(Dialect.MARIADB).sql()).isEqualTo(
                "SELECT `orm_book`.`format`, COUNT(CASE WHEN `orm_book`.`pages` > ? THEN 1 END) AS `n`"
                + " FROM `orm_book` GROUP BY `orm_book`.`format` HAVING COUNT(CASE WHEN `orm_book`.`pages` > ?"
                + " THEN 1 END) > ? ORDER BY COUNT(CASE WHEN `orm_book`.`pages` > ? THEN 1 END) DESC");
    }

    @Test
    void valuesAreBoundAndLeftOutOfTheShape() {
        Statement a = grouped(100).statement(Dialect.POSTGRESQL);
        long hits = Dialect.POSTGRESQL.cache().hits();
        Statement b = grouped(300).statement(Dialect.POSTGRESQL);
        assertThat(Dialect.POSTGRESQL.cache().hits()).isEqualTo(hits + 1);
        assertThat(b.sql()).isEqualTo(a.sql());
        assertThat(a.params()).extracting(p -> p.value()).containsExactly(100, 100, 1L, 100);
        assertThat(b.params()).extracting(p -> p.value()).containsExactly(300, 300, 1L, 300);
    }

    @Test
    void concatLengthAndTruncPerDialect() {
        QuerySet<Book> qs = Book.objects.all().orderBy(new String[0]).only(BOOK.title)
                .annotate("label", Functions.concat(BOOK.title, "!"))
                .annotate("len", Functions.length(BOOK.title))
                .annotate("month", Functions.trunc(Trunc.Unit.MONTH, BOOK.published));
        assertThat(qs.statement(Dialect.POSTGRESQL).sql()).isEqualTo(
                "SELECT \"orm_book\".\"id\", \"orm_book\".\"title\", (COALESCE(\"orm_book\".\"title\", '') ||"
                + " COALESCE(?, '')) AS \"label\", LENGTH(\"orm_book\".\"title\") AS \"len\","
                + " CAST(DATE_TRUNC('month', \"orm_book\".\"published\") AS DATE) AS \"month\" FROM \"orm_book\"");
        assertThat(qs.statement(Dialect.MARIADB).sql()).isEqualTo(
                "SELECT `orm_book`.`id`, `orm_book`.`title`, CONCAT(COALESCE(`orm_book`.`title`, ''),"
                + " COALESCE(?, '')) AS `label`, CHAR_LENGTH(`orm_book`.`title`) AS `len`,"
                + " CAST(DATE_FORMAT(`orm_book`.`published`, '%Y-%m-01 00:00:00') AS DATE) AS `month`"
                + " FROM `orm_book`");
        assertThat(qs.statement(Dialect.SQLITE).sql()).contains(
                "strftime('%Y-%m-01', \"orm_book\".\"published\") AS \"month\"");
    }

    @Test
    void windowRendersOverClause() {
        QuerySet<Book> qs = Book.objects.all().orderBy(new String[0]).only(BOOK.title).annotate("r",
                Window.rank().partitionBy(BOOK.format).orderBy(BOOK.pages.desc().nullsLast()))
                .annotate("run", Sum.of(BOOK.pages).over().orderBy(BOOK.id.asc()));
        assertThat(qs.statement(Dialect.POSTGRESQL).sql()).isEqualTo(
                "SELECT \"orm_book\".\"id\", \"orm_book\".\"title\", RANK() OVER (PARTITION BY"
                + " \"orm_book\".\"format\" ORDER BY \"orm_book\".\"pages\" DESC NULLS LAST) AS \"r\","
                + " SUM(\"orm_book\".\"pages\") OVER (ORDER BY \"orm_book\".\"id\" ASC) AS \"run\" FROM \"orm_book\"");
        assertThat(qs.statement(Dialect.MARIADB).sql()).contains(
                "RANK() OVER (PARTITION BY `orm_book`.`format` ORDER BY `orm_book`.`pages` IS NULL ASC,"
                + " `orm_book`.`pages` DESC) AS `r`");
        assertThat(List.of(qs.statement(Dialect.SQLITE).sql())).allMatch(s -> s.contains("OVER ("));
    }
}

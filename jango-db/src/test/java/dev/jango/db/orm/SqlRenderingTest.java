package dev.jango.db.orm;

import static dev.jango.db.orm.BookMeta.BOOK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.db.connection.BoundValue;
import dev.jango.db.dialect.Dialect;
import dev.jango.db.meta.FieldKind;
import dev.jango.db.query.QuerySet;
import dev.jango.db.query.Statement;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Golden SQL per dialect, and the SQL-shape cache. No database needed: rendering is pure. */
class SqlRenderingTest {

    private static QuerySet<Book> page() {
        return Book.objects.filter(BOOK.title.startsWith("A").and(BOOK.price.lt(new BigDecimal("20"))))
                .orderBy(BOOK.published.desc().nullsLast(), BOOK.id.desc()).limit(50).only(BOOK.title);
    }

    @Test
    void typedPageQueryPerDialect() {
        assertThat(page().statement(Dialect.POSTGRESQL).sql()).isEqualTo(
                "SELECT \"orm_book\".\"id\", \"orm_book\".\"title\" FROM \"orm_book\" WHERE \"orm_book\".\"title\""
                + " LIKE ? ESCAPE '\\' AND \"orm_book\".\"price\" < ? ORDER BY \"orm_book\".\"published\" DESC"
                + " NULLS LAST, \"orm_book\".\"id\" DESC LIMIT 50");
        assertThat(page().statement(Dialect.SQLITE).sql()).isEqualTo(
                "SELECT \"orm_book\".\"id\", \"orm_book\".\"title\" FROM \"orm_book\" WHERE \"orm_book\".\"title\""
                + " GLOB ? AND \"orm_book\".\"price\" < ? ORDER BY \"orm_book\".\"published\" DESC NULLS LAST,"
                + " \"orm_book\".\"id\" DESC LIMIT 50");
        assertThat(page().statement(Dialect.MARIADB).sql()).isEqualTo(
                "SELECT `orm_book`.`id`, `orm_book`.`title` FROM `orm_book` WHERE `orm_book`.`title` LIKE CAST(?"
                + " AS BINARY) AND `orm_book`.`price` < ? ORDER BY `orm_book`.`published` IS NULL ASC,"
                + " `orm_book`.`published` DESC, `orm_book`.`id` DESC LIMIT 50");
        assertThat(page().statement(Dialect.POSTGRESQL).params()).containsExactly(
                new BoundValue("A%", FieldKind.TEXT), new BoundValue(new BigDecimal("20"), FieldKind.DECIMAL));
        assertThat(page().statement(Dialect.SQLITE).params().getFirst().value()).isEqualTo("A*");
    }

    @Test
    void stringPathQueryPerDialect() {
        QuerySet<Book> qs = Book.objects.filter("title__icontains", "x").exclude("title__regex", "^a")
                .filter("published__year__gte", 2020).only("title");
        String head = "SELECT \"orm_book\".\"id\", \"orm_book\".\"title\" FROM \"orm_book\" WHERE ";
        assertThat(qs.statement(Dialect.POSTGRESQL).sql()).isEqualTo(head
                + "\"orm_book\".\"title\" ILIKE ? ESCAPE '\\' AND NOT (\"orm_book\".\"title\" ~ ?)"
                + " AND EXTRACT(YEAR FROM \"orm_book\".\"published\") >= ?");
        assertThat(qs.statement(Dialect.SQLITE).sql()).isEqualTo(head
                + "\"orm_book\".\"title\" LIKE ? ESCAPE '\\' AND NOT (\"orm_book\".\"title\" REGEXP (?))"
                + " AND CAST(strftime('%Y', \"orm_book\".\"published\") AS INTEGER) >= ?");
        assertThat(qs.statement(Dialect.MARIADB).sql()).isEqualTo(
                "SELECT `orm_book`.`id`, `orm_book`.`title` FROM `orm_book` WHERE LOWER(`orm_book`.`title`) LIKE"
                + " LOWER(?) AND NOT (`orm_book`.`title` REGEXP CONCAT('(?-i)', ?)) AND"
                + " YEAR(`orm_book`.`published`) >= ?");
    }

    @Test
    void wildcardsInValuesAreEscapedInParametersOnly() {
        Statement pg = Book.objects.filter(BOOK.title.contains("50%_\\x")).statement(Dialect.POSTGRESQL);
        assertThat(pg.params().getFirst().value()).isEqualTo("%50\\%\\_\\\\x%");
        Statement sqlite = Book.objects.filter(BOOK.title.contains("a*b?[c]")).statement(Dialect.SQLITE);
        assertThat(sqlite.params().getFirst().value()).isEqualTo("*a[*]b[?][[]c]*");
    }

    @Test
    void sqlIsCachedPerShapeNotPerValue() {
        Dialect d = Dialect.POSTGRESQL;
        Statement first = Book.objects.filter(BOOK.pages.gt(1), BOOK.title.icontains("shape-test")).statement(d);
        long hits = d.cache().hits();
        Statement second = Book.objects.filter(BOOK.pages.gt(999), BOOK.title.icontains("other")).statement(d);
        assertThat(d.cache().hits()).isEqualTo(hits + 1);
        assertThat(second.sql()).isSameAs(first.sql());
        assertThat(second.params()).extracting(BoundValue::value).containsExactly(999, "%other%");
        long misses = d.cache().misses();
        Book.objects.filter(BOOK.pages.gte(1), BOOK.title.icontains("x")).statement(d);
        assertThat(d.cache().misses()).isEqualTo(misses + 1);
        Book.objects.filter(BOOK.pages.in(1, 2, 3)).statement(d);
        Book.objects.filter(BOOK.pages.in(1, 2)).statement(d);
        assertThat(d.cache().misses()).isEqualTo(misses + 3);
    }

    @Test
    void queriesAreImmutableValues() {
        QuerySet<Book> base = Book.objects.filter(BOOK.pages.gt(1));
        QuerySet<Book> narrowed = base.filter(BOOK.pages.lt(5)).orderBy("-id").limit(3);
        assertThat(base.statement(Dialect.SQLITE).sql()).doesNotContain("ORDER BY").doesNotContain("<");
        assertThat(narrowed.statement(Dialect.SQLITE).sql()).contains("ORDER BY").contains("LIMIT");
    }
}

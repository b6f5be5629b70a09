package dev.jango.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A model using every field kind and option compiles cleanly, and its generated metamodel behaves. */
class ValidModelTest {
    static final String BOOK = """
            package shop;

            import dev.jango.db.model.*;
            import java.math.BigDecimal;
            import java.time.*;
            import java.util.UUID;

            @Model(ordering = {"-published", "id"},
                   indexes = @Index(fields = {"title", "-published"}),
                   unique = @Unique(name = "book_title_edition", fields = {"title", "edition"}),
                   constraints = @Check(name = "book_price_positive", condition = "price__gte=0 & edition__gt=0"))
            public class BookItem extends Entity {
                @Id public long id;
                @Char(max = 200) @Label(value = "Book title", help = "As printed") public String title;
                @Text @Blank public String summary;
                @Json @Null public String extra;
                @Decimal(precision = 8, scale = 2) @Default("9.99") public BigDecimal price;
                @Default("1") public int edition;
                @Null public Integer pages;
                @Default("true") public boolean inPrint;
                @Null public Boolean signed;
                @Default("42") public long views;
                @Null public Long likes;
                @Default("0.5") public double rating;
                @Null public Double weight;
                @Default("2024-01-31") public LocalDate published;
                @Default("2024-01-31T12:00:00Z") public Instant created;
                @Default("13:45") public LocalTime opens;
                @Default("PT15M") public Duration readingTime;
                @Default("123e4567-e89b-12d3-a456-426614174000") @Unique public UUID ref;
                @Null public byte[] cover;
                @Default("DRAFT") @Indexed public Status status;
                @Char(max = 5) @Null @Default("HARDCOVER") public Format format;
                @Choices({"pb=Paperback", "hc=Hardcover"}) @Char(max = 2) @Default("pb") public String binding;
                @Column("isbn_13") @Char(max = 13) @Null public String isbn;
                public static final int PAGE_SIZE = 20;
                public transient String scratch;

                public enum Status { DRAFT, PUBLISHED_NOW }

                public enum Format implements Keyed {
                    PAPERBACK("pb"), HARDCOVER("hard");
                    private final String key;
                    Format(String key) { this.key = key; }
                    @Override public String key() { return key; }
                }
            }
            """;

    /** Runs in the compiled world and reports what the generated metamodel does, as strings. */
    static final String DRIVER = """
            package shop;

            import java.util.*;
            import java.util.concurrent.Callable;
            import static shop.BookItemMeta.BOOK_ITEM;

            public class Driver implements Callable<List<String>> {
                @Override public List<String> call() {
                    List<String> out = new ArrayList<>();
                    BookItem b = BOOK_ITEM.newInstance();
                    out.add("defaults " + b.price + " " + b.edition + " " + b.inPrint + " " + b.views + " " + b.rating
                        + " " + b.published + " " + b.created + " " + b.opens + " " + b.readingTime + " " + b.ref
                        + " " + b.status + " " + b.binding + " " + b.pages + " " + b.title);
                    BOOK_ITEM.title.set(b, "Dune");
                    BOOK_ITEM.edition.set(b, 3);
                    BOOK_ITEM.format.set(b, BookItem.Format.HARDCOVER);
                    out.add("get " + BOOK_ITEM.title.get(b) + " " + b.edition + " " + BOOK_ITEM.format.get(b));
                    try {
                        BOOK_ITEM.edition.set(b, null);
                    } catch (IllegalArgumentException e) {
                        out.add("null " + e.getMessage());
                    }
                    out.add("model " + BOOK_ITEM.name() + " " + BOOK_ITEM.table() + " " + BOOK_ITEM.spec().verboseName()
                        + " " + BOOK_ITEM.spec().ordering() + " " + BOOK_ITEM.pk().name());
                    out.add("indexes " + BOOK_ITEM.spec().indexes() + " " + BOOK_ITEM.spec().uniques() + " "
                        + BOOK_ITEM.spec().checks());
                    out.add("columns " + BOOK_ITEM.fields().stream().map(f -> f.column()).toList());
                    out.add("kinds " + BOOK_ITEM.fields().stream().map(f -> f.kind().name()).toList());
                    out.add("title " + BOOK_ITEM.title.spec());
                    out.add("status " + BOOK_ITEM.status.spec().maxLength() + " " + BOOK_ITEM.status.spec().choices());
                    out.add("format " + BOOK_ITEM.format.spec().maxLength() + " " + BOOK_ITEM.format.spec().choices()
                        + " " + BOOK_ITEM.format.fromKey("hard") + " " + BOOK_ITEM.format.spec().defaultValue()
                        + " " + BOOK_ITEM.status.spec().defaultValue() + " " + b.format);
                    out.add("binding " + BOOK_ITEM.binding.spec().choices() + " " + BOOK_ITEM.binding.spec().defaultValue());
                    out.add("lookup " + (BOOK_ITEM.field("title").orElseThrow() == BOOK_ITEM.title)
                        + " " + (dev.jango.db.meta.ModelMeta.of(BookItem.class) == BOOK_ITEM) + " " + BOOK_ITEM.title);
                    return out;
                }
            }
            """;

    static Compilation.Result result;

    @BeforeAll
    static void compile() {
        result = Compilation.compile(Map.of("shop.BookItem", BOOK, "shop.Driver", DRIVER));
    }

    @Test
    void compilesWithoutErrorsOrWarnings() {
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void modelNamesCannotShadowWhatGeneratedCodeUses() {
        Compilation.Result shadow = Compilation.compile(Map.of(
                "names.Math", """
                        package names;
                        import dev.jango.db.model.*;
                        @Model public class Math extends Entity {
                            @Id public long id;
                            public Override override;
                            public enum Override { YES, NO }
                        }
                        """,
                "names.IllegalStateException", """
                        package names;
                        import dev.jango.db.model.*;
                        @Model public class IllegalStateException extends Entity { @Id public int id; }
                        """));
        assertThat(shadow.errors()).isEmpty();
        assertThat(shadow.warnings()).isEmpty();
    }

    @Test
    void rowMapperIsStraightLineTypedReads() {
        String source = result.generatedSource("shop/BookItemMeta.java");
        assertThat(source)
                .contains("public static final BookItemMeta BOOK_ITEM = new BookItemMeta();")
                .contains("public final dev.jango.db.meta.StringField<shop.BookItem> title;")
                .contains("public final dev.jango.db.meta.EnumField<shop.BookItem, shop.BookItem.Status> status;")
                .contains("m.id = reader.readLong(rs, offset + 1);")
                .contains("m.edition = reader.readInt(rs, offset + 6);")
                .contains("m.pages = reader.readIntOrNull(rs, offset + 7);")
                .contains("m.signed = reader.readBooleanOrNull(rs, offset + 9);")
                .contains("m.price = reader.readDecimal(rs, offset + 5);")
                .contains("m.extra = reader.readJson(rs, offset + 4);")
                .contains("m.cover = reader.readBytes(rs, offset + 19);")
                .contains("m.status = this.status.read(rs, offset + 20, reader);")
                .doesNotContain("reflect");
    }

    @Test
    void generatedMetamodelBehaves() throws Exception {
        assertThat(result.errors()).isEmpty();
        try (var loader = result.loader()) {
            @SuppressWarnings("unchecked")
            Callable<List<String>> driver = (Callable<List<String>>) loader.loadClass("shop.Driver")
                    .getConstructor().newInstance();
            List<String> out = driver.call();
            assertThat(out).containsExactly(
                    "defaults 9.99 1 true 42 0.5 2024-01-31 2024-01-31T12:00:00Z 13:45 PT15M "
                            + "123e4567-e89b-12d3-a456-426614174000 DRAFT pb null null",
                    "get Dune 3 HARDCOVER",
                    "null BookItem.edition is a primitive field and cannot be set to null",
                    "model BookItem book_item book item [-published, id] id",
                    "indexes [IndexSpec[name=book_item_title_published_idx, fields=[title, -published]]] "
                            + "[UniqueSpec[name=book_title_edition, fields=[title, edition]]] "
                            + "[CheckSpec[name=book_price_positive, condition=price__gte=0 & edition__gt=0]]",
                    "columns [id, title, summary, extra, price, edition, pages, in_print, signed, views, likes, rating, "
                            + "weight, published, created, opens, reading_time, ref, cover, status, format, binding, isbn_13]",
                    "kinds [BIG_AUTO, CHAR, TEXT, JSON, DECIMAL, INT, INT, BOOLEAN, BOOLEAN, LONG, LONG, DOUBLE, DOUBLE, "
                            + "DATE, DATETIME, TIME, DURATION, UUID, BINARY, ENUM, ENUM, CHAR, CHAR]",
                    "title FieldSpec[name=title, column=title, kind=CHAR, nullable=false, blank=false, unique=false, "
                            + "indexed=false, primaryKey=false, defaultValue=Optional.empty, choices=[], maxLength=200, "
                            + "precision=0, scale=0, verboseName=Book title, helpText=As printed]",
                    "status 13 [Choice[value=DRAFT, label=Draft], Choice[value=PUBLISHED_NOW, label=Published now]]",
                    "format 5 [Choice[value=pb, label=Paperback], Choice[value=hard, label=Hardcover]] HARDCOVER "
                            + "Optional[hard] Optional[DRAFT] HARDCOVER",
                    "binding [Choice[value=pb, label=Paperback], Choice[value=hc, label=Hardcover]] Optional[pb]",
                    "lookup true true BookItem.title");
        }
    }
}

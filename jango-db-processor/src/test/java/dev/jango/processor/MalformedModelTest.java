package dev.jango.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every malformed model is a compile error on the model, naming the class and (where there is one) the field. */
class MalformedModelTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            two primary keys          | @Id public long id; @Id(auto = false) public long code;                      | Jango model Bad, field code: a second primary key (id is already @Id)
            no primary key            | @Char(max = 5) public String name;                                           | Jango model Bad: no primary key
            unknown field type        | @Id public long id; public java.util.Date when;                              | Jango model Bad, field when: unsupported field type java.util.Date
            float is not supported    | @Id public long id; public float f;                                          | Jango model Bad, field f: unsupported field type float
            String without size       | @Id public long id; public String title;                                     | Jango model Bad, field title: String needs @Char(max = …), @Text or @Json
            String with two kinds     | @Id public long id; @Char(max = 3) @Text public String title;                | Jango model Bad, field title: String takes exactly one of @Char, @Text and @Json
            BigDecimal without size   | @Id public long id; public java.math.BigDecimal price;                       | Jango model Bad, field price: BigDecimal needs @Decimal
            bad decimal               | @Id public long id; @Decimal(precision = 2, scale = 3) public java.math.BigDecimal p; | Jango model Bad, field p: @Decimal(precision = 2, scale = 3) needs precision > 0
            Null on primitive         | @Id public long id; @Null public int pages;                                  | Jango model Bad, field pages: @Null needs a reference type (Integer, not int)
            int default               | @Id public long id; @Default("ten") public int pages;                        | Jango model Bad, field pages: @Default("ten") expected an int
            long default              | @Id public long id; @Default("1.5") public long n;                           | Jango model Bad, field n: @Default("1.5") expected a long
            double default            | @Id public long id; @Default("x") public double d;                           | Jango model Bad, field d: @Default("x") expected a double
            boolean default           | @Id public long id; @Default("yes") public boolean b;                        | Jango model Bad, field b: @Default("yes") expected true or false
            decimal default           | @Id public long id; @Decimal(precision = 4, scale = 2) @Default("1.234") public java.math.BigDecimal p; | Jango model Bad, field p: @Default("1.234") more than 2 digits after the point
            decimal default too big   | @Id public long id; @Decimal(precision = 4, scale = 2) @Default("123") public java.math.BigDecimal p; | Jango model Bad, field p: @Default("123") more than 2 digits before the point
            date default              | @Id public long id; @Default("2024-02-30") public java.time.LocalDate d;     | Jango model Bad, field d: @Default("2024-02-30") expected an ISO date
            time default              | @Id public long id; @Default("25:00") public java.time.LocalTime t;          | Jango model Bad, field t: @Default("25:00") expected an ISO time
            instant default           | @Id public long id; @Default("2024-01-01") public java.time.Instant t;       | Jango model Bad, field t: @Default("2024-01-01") expected an ISO instant
            duration default          | @Id public long id; @Default("15 minutes") public java.time.Duration t;      | Jango model Bad, field t: @Default("15 minutes") expected an ISO-8601 duration
            uuid default              | @Id public long id; @Default("not-a-uuid") public java.util.UUID u;          | Jango model Bad, field u: @Default("not-a-uuid") expected a UUID
            enum default              | @Id public long id; @Default("LOST") public java.time.DayOfWeek day;         | Jango model Bad, field day: @Default("LOST") expected a constant of java.time.DayOfWeek
            char default too long     | @Id public long id; @Char(max = 2) @Default("abc") public String s;          | Jango model Bad, field s: @Default("abc") longer than @Char(max = 2)
            default outside choices   | @Id public long id; @Choices({"a", "b=Bee"}) @Char(max = 1) @Default("c") public String s; | Jango model Bad, field s: @Default("c") not one of @Choices [a, b]
            choice of wrong type      | @Id public long id; @Choices({"1", "two"}) public int n;                     | Jango model Bad, field n: @Choices value "two": expected an int
            duplicate column          | @Id public long id; @Char(max = 5) public String name; @Column("name") @Char(max = 5) public String other; | Jango model Bad, field other: duplicate column name name (also used by field name)
            non-positive char         | @Id public long id; @Char(max = 0) public String s;                          | Jango model Bad, field s: @Char(max = 0) must be positive
            auto key on UUID          | @Id public java.util.UUID id;                                                | Jango model Bad, field id: an auto primary key must be int or long
            private field             | @Id public long id; @Text private String s;                                  | Jango model Bad, field s: persistent fields must be public or package-private
            final field               | @Id public long id; @Text public final String s = "";                        | Jango model Bad, field s: persistent fields cannot be final
            Char on int               | @Id public long id; @Char(max = 3) public int n;                             | Jango model Bad, field n: @Char applies to String and enum fields, not int
            Decimal on int            | @Id public long id; @Decimal(precision = 4, scale = 0) public int n;       | Jango model Bad, field n: @Decimal applies to BigDecimal fields, not int
            Text on a date            | @Id public long id; @Text public java.time.LocalDate d;                      | Jango model Bad, field d: @Text and @Json apply to String fields, not java.time.LocalDate
            Unique fields on a field  | @Id public long id; @Unique(fields = {"id"}) @Char(max = 3) public String s; | Jango model Bad, field s: @Unique(fields) belongs in @Model(unique = ...), not on a field
            Null primary key          | @Id @Null public Long id;                                                    | Jango model Bad, field id: a primary key cannot be @Null
            Choices on an enum        | @Id public long id; @Choices({"MONDAY"}) public java.time.DayOfWeek day;     | Jango model Bad, field day: enum fields take their choices from their constants
            default on auto key       | @Id @Default("1") public long id;                                            | Jango model Bad, field id: @Default("1") an auto primary key takes its value from the database
            boolean primary key       | @Id(auto = false) public boolean id;                                         | Jango model Bad, field id: a primary key must be int, long, UUID or a @Char String, not boolean
            singleton name taken      | @Id public long id; public int BAD;                                          | Jango model Bad: a field cannot be named BAD
            enum names too long       | @Id public long id; @Char(max = 3) public java.time.DayOfWeek day;           | Jango model Bad, field day: @Char(max = 3) is shorter than the constant names of java.time.DayOfWeek (longest: 9)
            """)
    void fieldProblems(String title, String body, String expected) {
        String source = "package bad;\nimport dev.jango.db.model.*;\n@Model public class Bad extends Entity { " + body + " }\n";
        assertThat(Compilation.compile(Map.of("bad.Bad", source)).errors())
                .as(title)
                .anySatisfy(e -> assertThat(e).contains(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ordering names unknown    | @Model(ordering = "-nope")                                                   | Jango model Bad, field nope: ordering "-nope" names an unknown field (fields: [id, name])
            index names unknown       | @Model(indexes = @Index(fields = {"name", "nope"}))                          | Jango model Bad, field nope: index field "nope" names an unknown field
            unique names unknown      | @Model(unique = @Unique(name = "u", fields = {"nope"}))                      | Jango model Bad, field nope: unique constraint u field "nope" names an unknown field
            check names unknown       | @Model(constraints = @Check(name = "c", condition = "nope__gt=0"))           | Jango model Bad, field nope: check c field "nope" names an unknown field
            check unparseable         | @Model(constraints = @Check(name = "c", condition = "id > 0"))               | Jango model Bad: check c: "id > 0" is not field__lookup=value
            check unknown lookup      | @Model(constraints = @Check(name = "c", condition = "id__above=0"))          | Jango model Bad: check c: unknown lookup "above" on id
            check isnull value        | @Model(constraints = @Check(name = "c", condition = "name__isnull=maybe"))   | Jango model Bad: check c: name__isnull takes true or false, not "maybe"
            check value of wrong type | @Model(constraints = @Check(name = "c", condition = "id__gte=zero"))         | Jango model Bad, field id: check c value "zero": expected a long
            check in-list item        | @Model(constraints = @Check(name = "c", condition = "id__in=(1, 2, x)"))     | Jango model Bad, field id: check c value "x": expected a long
            check lookup unrendered   | @Model(constraints = @Check(name = "c", condition = "name__icontains=a"))    | Jango model Bad: check c: unknown lookup "icontains" on name (expected one of [exact, gt, gte, in, isnull, lt, lte])
            check empty term          | @Model(constraints = @Check(name = "c", condition = "id__gt=0 &"))          | Jango model Bad: check c: "" is not field__lookup=value
            """)
    void modelProblems(String title, String annotation, String expected) {
        String source = "package bad;\nimport dev.jango.db.model.*;\n" + annotation
                + " public class Bad extends Entity { @Id public long id; @Char(max = 5) public String name; }\n";
        assertThat(Compilation.compile(Map.of("bad.Bad", source)).errors())
                .as(title)
                .anySatisfy(e -> assertThat(e).contains(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not an Entity             | @Model public class Bad { @Id public long id; }                              | Jango model Bad: a model class must extend dev.jango.db.model.Entity
            not public                | @Model class Bad extends Entity { @Id public long id; }                      | Jango model Bad: a model class must be public
            no no-arg constructor     | @Model public class Bad extends Entity { @Id public long id; public Bad(long id) { this.id = id; } } | Jango model Bad: a model class needs a public or package-private no-argument constructor
            abstract                  | @Model public abstract class Bad extends Entity { @Id public long id; }      | Jango model Bad: a model class cannot be abstract
            a record                  | @Model public record Bad(long id) { }                                         | Jango model Bad: @Model applies to classes, not record
            inner class               | public class Bad { @Model public class Inner extends Entity { @Id public long id; } } | Jango model Inner: a nested model class must be a static member class
            """)
    void classProblems(String title, String source, String expected) {
        String code = "package bad;\nimport dev.jango.db.model.*;\n" + source + "\n";
        assertThat(Compilation.compile(Map.of("bad.Bad", code)).errors())
                .as(title)
                .anySatisfy(e -> assertThat(e).contains(expected));
    }

    @org.junit.jupiter.api.Test
    void modelInTheUnnamedPackage() {
        String source = "import dev.jango.db.model.*;\n@Model public class Bad extends Entity { @Id public long id; }\n";
        assertThat(Compilation.compile(Map.of("Bad", source)).errors())
                .anySatisfy(e -> assertThat(e).contains("Jango model Bad: a model class must be in a named package"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            static nested model       | public class Outer { @Model public static class Tag extends Entity { @Id public int id; @Char(max = 9) public String name; } }
            application-assigned UUID | @Model public class Outer extends Entity { @Id(auto = false) public java.util.UUID id; public static int counter; public transient int cache; }
            check with quoted values  | @Model(constraints = @Check(name = "c", condition = "code__in=('a&b', 'c,d') & code__isnull=false")) public class Outer extends Entity { @Id(auto = false) @Char(max = 3) public String code; }
            natural String key        | @Model(table = "outer_t") public class Outer extends Entity { @Id(auto = false) @Char(max = 3) public String code; Outer() { } }
            """)
    void validModelsCompileWithoutWarnings(String title, String source) {
        Compilation.Result result = Compilation.compile(Map.of("ok.Outer",
                "package ok;\nimport dev.jango.db.model.*;\n" + source + "\n"));
        assertThat(result.errors()).as(title).isEmpty();
        assertThat(result.warnings()).as(title).isEmpty();
    }
}

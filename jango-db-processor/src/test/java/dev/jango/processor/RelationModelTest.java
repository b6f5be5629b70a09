package dev.jango.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Relation fields: valid declarations generate the right descriptors; malformed ones are compile errors. */
class RelationModelTest {
    private static final String HEADER = "package rel;\nimport dev.jango.db.model.*;\n";

    private static Map<String, String> models(String bad) {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("rel.Author", HEADER + "@Model public class Author extends Entity { @Id public long id;"
                + " @Char(max = 9) public String name; }");
        sources.put("rel.Tag", HEADER + "@Model public class Tag extends Entity { @Id(auto = false) public java.util.UUID id; }");
        sources.put("rel.Plain", HEADER + "public class Plain extends Entity { public long id; }");
        sources.put("rel.Link", HEADER + "@Model public class Link extends Entity { @Id public long id;"
                + " @ForeignKey public Ref<Tag> tag; }");
        sources.put("rel.Bad", HEADER + "@Model public class Bad extends Entity { @Id public long id; " + bad + " }");
        return sources;
    }

    @Test
    void validRelationsGenerateTypedDescriptors() {
        String book = """
                @ForeignKey(relatedName = "books") public Ref<Author> author;
                @Null @ForeignKey(onDelete = OnDelete.SET_NULL, column = "up") public Ref<Bad> parent;
                @OneToOne(onDelete = OnDelete.PROTECT) public Ref<Tag> badge;
                @ForeignKey(onDelete = OnDelete.SET_DEFAULT) @Default("1") public Ref<Author> editor;
                @ManyToMany(through = BadTag.class, relatedName = "bads") public RelatedSet<Tag> tags;
                """;
        Map<String, String> sources = models(book);
        sources.put("rel.BadTag", HEADER + "@Model public class BadTag extends Entity { @Id public long id;"
                + " @ForeignKey public Ref<Bad> bad; @ForeignKey public Ref<Tag> tag; }");
        Compilation.Result result = Compilation.compile(sources);
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        String bad = result.generatedSource("rel/BadMeta.java");
        assertThat(bad)
                .contains("ForeignKeyField<rel.Bad, rel.Author> author;")
                .contains("OneToOneField<rel.Bad, rel.Tag> badge;")
                .contains("new dev.jango.db.meta.FieldSpec(\"author\", \"author_id\", dev.jango.db.meta.FieldKind.LONG,"
                        + " false, false, false, true, false")
                .contains("new dev.jango.db.meta.FieldSpec(\"parent\", \"up\", dev.jango.db.meta.FieldKind.LONG, true")
                .contains("new dev.jango.db.meta.FieldSpec(\"badge\", \"badge_id\", dev.jango.db.meta.FieldKind.UUID,"
                        + " false, false, true, false, false")
                .contains("() -> rel.BadMeta.BAD, dev.jango.db.model.OnDelete.SET_NULL, \"badSet\"")
                .contains("m.editor = dev.jango.db.model.Ref.id(1L);")
                .contains("m.author = this.author.unloaded(reader.readLongOrNull(rs, offset + 2));")
                .contains("m.badge = this.badge.unloaded(reader.readUuid(rs, offset + 4));")
                .contains("() -> rel.BadTagMeta.BAD_TAG.bad, () -> rel.BadTagMeta.BAD_TAG.tag")
                .contains("m.tags = this.tags.unloaded(m);")
                // the self-reference gets its own reverse accessor
                .contains("ReverseForeignKey<rel.Bad, rel.Bad> badSet;");
        assertThat(result.generatedSource("rel/AuthorMeta.java"))
                .contains("ReverseForeignKey<rel.Author, rel.Bad> books;")
                .contains("() -> rel.BadMeta.BAD.author);")
                .contains("return java.util.List.of(this.books, this.badSet);");
        assertThat(result.generatedSource("rel/TagMeta.java")).contains("ReverseForeignKey<rel.Tag, rel.Bad> bad;");
    }

    @Test
    void polymorphicReferenceGeneratesTwoColumns() {
        Map<String, String> sources = models("static final dev.jango.db.meta.TypeKeys TARGETS = null;"
                + " @Null @Polymorphic(types = \"TARGETS\", column = \"on\", idType = java.util.UUID.class)"
                + " public GenericRef<?> target;");
        Compilation.Result result = Compilation.compile(sources);
        assertThat(result.errors()).isEmpty();
        assertThat(result.generatedSource("rel/BadMeta.java"))
                .contains("public final dev.jango.db.meta.GenericRefField<rel.Bad> target;")
                .contains("new dev.jango.db.meta.FieldSpec(\"targetType\", \"on_type\", dev.jango.db.meta.FieldKind.CHAR,"
                        + " true")
                .contains("new dev.jango.db.meta.FieldSpec(\"targetId\", \"on_id\", dev.jango.db.meta.FieldKind.UUID, true")
                .contains("() -> rel.Bad.TARGETS, m -> m.target, (m, v) -> m.target = v);")
                .contains("java.lang.String k$target = reader.readString(rs, offset + 2);")
                .contains("m.target = this.target.unloaded(k$target, reader.readUuid(rs, offset + 3));");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ref without annotation   | public Ref<Author> author;                                                     | Jango model Bad, field author: a Ref field needs @ForeignKey or @OneToOne
            FK to a non-model        | @ForeignKey public Ref<Plain> plain;                                           | Jango model Bad, field plain: @ForeignKey target rel.Plain is not a @Model class
            FK to a JDK type         | @ForeignKey public Ref<String> s;                                              | Jango model Bad, field s: @ForeignKey target java.lang.String is not a @Model class
            raw Ref                  | @ForeignKey public Ref author;                                                 | Jango model Bad, field author: @ForeignKey target (raw type) is not a @Model class
            FK and OneToOne          | @ForeignKey @OneToOne public Ref<Author> author;                               | Jango model Bad, field author: use either @ForeignKey or @OneToOne, not both
            SET_NULL without Null    | @ForeignKey(onDelete = OnDelete.SET_NULL) public Ref<Author> author;           | Jango model Bad, field author: onDelete = SET_NULL needs @Null on the field
            SET_DEFAULT no default   | @ForeignKey(onDelete = OnDelete.SET_DEFAULT) public Ref<Author> author;        | Jango model Bad, field author: onDelete = SET_DEFAULT needs a @Default
            bad FK default           | @ForeignKey @Default("x") public Ref<Author> author;                           | Jango model Bad, field author: @Default("x") expected a long
            FK on a long             | @ForeignKey public long authorId;                                              | Jango model Bad, field authorId: @ForeignKey applies to Ref<…> fields, not long
            ManyToMany on a Ref      | @ManyToMany(through = Link.class) public Ref<Tag> tag;                         | Jango model Bad, field tag: a Ref field needs @ForeignKey or @OneToOne
            RelatedSet without M2M   | public RelatedSet<Tag> tags;                                                   | Jango model Bad, field tags: a RelatedSet field needs @ManyToMany(through = …)
            through not a model      | @ManyToMany(through = Plain.class) public RelatedSet<Tag> tags;                | Jango model Bad, field tags: @ManyToMany(through = rel.Plain.class) must name a @Model class
            through missing an FK    | @ManyToMany(through = Link.class) public RelatedSet<Tag> tags;                 | Jango model Bad, field tags: @ManyToMany(through = Link.class): Link needs a @ForeignKey Ref<Bad> and a @ForeignKey Ref<Tag>
            relation as primary key  | @Id(auto = false) @ForeignKey public Ref<Author> author;                       | Jango model Bad, field author: @Id does not apply to a relation
            relatedName clash        | @ForeignKey(relatedName = "name") public Ref<Author> author;                   | Jango model Bad, field author: relatedName "name" clashes with Author.name
            two reverse names clash  | @ForeignKey(relatedName = "x") public Ref<Author> a; @ForeignKey(relatedName = "x") public Ref<Author> b; | Jango model Bad, field b: relatedName "x" clashes with Author.x
            GenericRef without Poly  | public GenericRef<Entity> target;                                              | Jango model Bad, field target: a GenericRef field needs @Polymorphic(types = …)
            Polymorphic no TypeKeys  | @Polymorphic(types = "TARGETS") public GenericRef<Entity> target;              | Jango model Bad, field target: @Polymorphic(types = "TARGETS") needs a static TypeKeys field TARGETS in Bad
            Polymorphic bad id type  | static dev.jango.db.meta.TypeKeys T; @Polymorphic(types = "T", idType = String.class) public GenericRef<Entity> target; | Jango model Bad, field target: @Polymorphic(idType = java.lang.String.class) must be long.class, int.class or UUID.class
            GenericRef of one model  | static dev.jango.db.meta.TypeKeys T; @Polymorphic(types = "T") public GenericRef<Author> target; | Jango model Bad, field target: declare it as GenericRef<Entity>
            Polymorphic on a long    | @Polymorphic(types = "T") public long target;                                  | Jango model Bad, field target: @Polymorphic applies to GenericRef<…> fields, not long
            relatedName not Java     | @ForeignKey(relatedName = "my books") public Ref<Author> author;               | Jango model Bad, field author: relatedName "my books" is not a Java identifier
            """)
    void relationProblems(String title, String body, String expected) {
        assertThat(Compilation.compile(models(body)).errors())
                .as(title)
                .anySatisfy(e -> assertThat(e).contains(expected));
    }
}

package dev.jango.demo.relations;

import static dev.jango.demo.relations.CommentMeta.COMMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.connection.Database;
import dev.jango.db.meta.TypeKeys;
import dev.jango.db.model.RelationNotLoaded;
import dev.jango.demo.Author;
import dev.jango.demo.AuthorMeta;
import dev.jango.demo.Book;
import dev.jango.demo.relations.CategoryMeta;
import dev.jango.test.db.BackendTest;
import dev.jango.test.db.DatabaseTest;
import java.util.Map;

/** Polymorphic references: type key + id columns, keys declared in code, strict loading. */
@DatabaseTest(models = {Author.class, Comment.class})
class PolymorphicTest {

    @BackendTest
    void storesKeyAndIdAndFiltersByTarget(Database db) {
        Author author = Author.objects.create(a -> a.name = "Le Guin");
        Author other = Author.objects.create(a -> a.name = "Herbert");
        Comment.objects.create(c -> {
            c.body = "great";
            c.target = COMMENT.target.to(author);
        });
        Comment.objects.create(c -> {
            c.body = "fine";
            c.target = COMMENT.target.to(other);
        });
        assertThat(COMMENT.target.typeColumn()).isEqualTo("target_type");
        assertThat(COMMENT.target.idColumn()).isEqualTo("target_id");
        assertThat(COMMENT.fields()).extracting(f -> f.column()).containsExactly("id", "body", "target_type", "target_id");
        Comment loaded = Comment.objects.get(COMMENT.target.eq(author));
        assertThat(loaded.body).isEqualTo("great");
        assertThat(loaded.target.key()).isEqualTo("author");
        assertThat(loaded.target.id()).isEqualTo(author.id);
        assertThatThrownBy(() -> loaded.target.get()).isInstanceOf(RelationNotLoaded.class)
                .hasMessageContaining("COMMENT.target (author " + author.id + ") is not loaded")
                .hasMessageContaining("add .prefetchRelated(COMMENT.target)");
        COMMENT.target.load(loaded, author);
        assertThat(loaded.target.get()).isSameAs(author);
        assertThat(Comment.objects.filter(COMMENT.target.typeField().eq("author")).count()).isEqualTo(2);
    }

    @BackendTest
    void typeKeysAreCheckedInCode(Database db) {
        assertThat(Comment.TARGETS.model("book")).isSameAs(dev.jango.demo.BookMeta.BOOK);
        assertThatThrownBy(() -> Comment.TARGETS.model("tag")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown type key \"tag\" (known: [author, book])");
        assertThatThrownBy(() -> COMMENT.target.to(new Comment())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Comment has no type key");
        assertThatThrownBy(() -> COMMENT.target.to(new Book())).hasMessageContaining("Book")
                .hasMessageContaining("is not saved");
        assertThatThrownBy(() -> TypeKeys.of(Map.of("author", AuthorMeta.AUTHOR, "author2", AuthorMeta.AUTHOR)))
                .hasMessageContaining("Author has two keys");
        assertThat(TypeKeys.of(Map.of("c", CategoryMeta.CATEGORY)).idKind().name()).isEqualTo("LONG");
    }
}

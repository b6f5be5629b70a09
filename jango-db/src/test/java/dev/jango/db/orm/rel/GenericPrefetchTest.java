package dev.jango.db.orm.rel;

import static dev.jango.db.orm.rel.BookMeta.BOOK;
import static dev.jango.db.orm.rel.CommentMeta.COMMENT;
import static dev.jango.db.orm.rel.TagMeta.TAG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.db.connection.Cursor;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.Queries;
import dev.jango.db.connection.QueryLog;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Loading;
import dev.jango.db.model.Ref;
import dev.jango.db.model.RelationNotLoaded;
import dev.jango.db.orm.EachBackend;
import dev.jango.db.orm.OrmTest;
import dev.jango.db.query.Prefetch;
import dev.jango.db.query.QueryException;
import dev.jango.db.query.RelationError;
import java.util.ArrayList;
import java.util.List;

/** prefetchRelated(COMMENT.target): polymorphic targets batch-loaded with one IN query per type key. */
@OrmTest(models = {Publisher.class, Author.class, Category.class, Tag.class, Book.class, BookTag.class,
        Contract.class, Comment.class})
class GenericPrefetchTest {

    /** 12 comments: 4 on books, 4 on authors, 4 on tags, interleaved. */
    private static void seed() {
        List<Entity> targets = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int n = i;
            Author a = Author.objects.create(x -> x.name = "A" + n);
            targets.add(Book.objects.create(b -> {
                b.title = "B" + n;
                b.pages = 100;
                b.author = Ref.to(a);
            }));
            targets.add(a);
            targets.add(Tag.objects.create(t -> t.name = "T" + n));
        }
        for (int i = 0; i < targets.size(); i++) {
            Entity target = targets.get(i);
            int n = i;
            Comment.objects.create(c -> {
                c.body = "c" + n;
                c.target = COMMENT.target.to(target);
            });
        }
    }

    private static String describe(Entity e) {
        return switch (e) {
            case Book b -> "book " + b.title;
            case Author a -> "author " + a.name;
            case Tag t -> "tag " + t.name;
            default -> throw new AssertionError(e);
        };
    }

    @EachBackend
    void threeTypesTakeOneQueryForTheCommentsAndOnePerType() {
        seed();
        QueryLog log = Queries.capture(() -> {
            List<Comment> comments = Comment.objects.all().orderBy("id").prefetchRelated(COMMENT.target).list();
            List<String> seen = comments.stream().map(c -> describe(c.target.get())).toList();
            assertThat(seen).hasSize(12).startsWith("book B0", "author A0", "tag T0", "book B1")
                    .endsWith("tag T3");
            assertThat(comments).allSatisfy(c -> assertThat(c.target.isLoaded()).isTrue());
            assertThat(((Book) comments.getFirst().target.get()).isPersisted()).isTrue();
        });
        assertThat(log.count()).isEqualTo(1 + 3);
        assertThat(log.statements().subList(1, 4)).allSatisfy(s -> assertThat(s.sql()).contains(" IN ("));
    }

    @EachBackend
    void thePrefetchObjectFormAndAnnotatedResultsLoadTheSame() {
        seed();
        List<Comment> comments = Comment.objects.filter(COMMENT.target.typeField().eq("tag"))
                .prefetchRelated(Prefetch.of(COMMENT.target)).list();
        assertThat(comments).hasSize(4).allSatisfy(c -> assertThat(c.target.get()).isInstanceOf(Tag.class));
        QueryLog log = Queries.capture(() -> {
            assertThat(Comment.objects.all().prefetchRelated(COMMENT.target)
                    .annotate("len", dev.jango.db.expr.Functions.length(COMMENT.body)).annotated())
                    .allSatisfy(a -> assertThat(a.instance().target.get()).isNotNull());
        });
        assertThat(log.count()).isEqualTo(4);
    }

    @EachBackend
    void withoutThePrefetchReadingTheTargetNamesTheFix() {
        seed();
        Comment c = Comment.objects.all().orderBy("id").first().orElseThrow();
        assertThatThrownBy(() -> c.target.get()).isInstanceOf(RelationNotLoaded.class)
                .hasMessageContaining("add .prefetchRelated(COMMENT.target)");
    }

    @EachBackend
    void lenientReadsLoadEachTargetByIdAndTheDetectorReportsOneShapePerType() {
        seed();
        List<Comment> comments = Comment.objects.all().orderBy("id").list();
        QueryLog log = Queries.capture(() -> {
            List<String> seen = Loading.lenient(() -> comments.stream().map(c -> describe(c.target.get())).toList());
            assertThat(seen).hasSize(12).startsWith("book B0", "author A0", "tag T0");
        });
        assertThat(log.count()).isEqualTo(12);
        assertThat(log.repeatedShapes(4)).hasSize(3).allSatisfy(r -> assertThat(r.count()).isEqualTo(4));
        assertThat(comments.getFirst().target.isLoaded()).isFalse();
        QueryLog again = Queries.capture(() -> {
            assertThat(describe(comments.getFirst().target.get())).isEqualTo("book B0");
        });
        assertThat(again.count()).as("memoised in the reference").isZero();
    }

    @EachBackend
    void anUnknownKeyInTheDataNamesTheKeyAndTheDeclaredOnesBeforeLoadingAnyTarget(Database db) {
        seed();
        db.execute("UPDATE rel_comment SET target_type = 'shelf' WHERE body = 'c4'");
        QueryLog log = Queries.capture(() -> {
            assertThatThrownBy(() -> Comment.objects.all().prefetchRelated(COMMENT.target).list())
                    .isInstanceOf(QueryException.class)
                    .hasMessageContaining("\"shelf\"")
                    .hasMessageContaining("[author, book, tag]")
                    .hasMessageContaining("Comment.target");
        });
        assertThat(log.count()).as("only the comments were read").isEqualTo(1);
    }

    @EachBackend
    void aTargetDeletedSinceIsReportedAsMissingNotAsUnloaded() {
        seed();
        Tag doomed = Tag.objects.get(dev.jango.db.orm.rel.TagMeta.TAG.name.eq("T2"));
        Tag.objects.delete(doomed);
        Comment orphan = Comment.objects.filter(COMMENT.body.eq("c8")).prefetchRelated(COMMENT.target).get();
        assertThat(orphan.target.isLoaded()).isTrue();
        assertThatThrownBy(() -> orphan.target.get()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("COMMENT.target points at tag " + doomed.id + ", which does not exist");
    }

    @EachBackend
    void streamingPrefetchesPerChunk() {
        seed();
        List<String> seen = new ArrayList<>();
        QueryLog log = Queries.capture(() -> {
            try (Cursor<Comment> rows = Comment.objects.all().orderBy("id").prefetchRelated(COMMENT.target)
                    .iterator(5)) {
                rows.forEachRemaining(c -> seen.add(describe(c.target.get())));
            }
        });
        assertThat(seen).hasSize(12).startsWith("book B0", "author A0");
        // chunks of 5, 5 and 2 comments: each of the first two holds all three types, the last an author and a tag
        assertThat(log.count()).isEqualTo(1 + 3 + 3 + 2);
    }

    @EachBackend
    void badPolymorphicPrefetchesFailBeforeSql() {
        assertThatThrownBy(() -> Book.objects.all().prefetchRelated(COMMENT.target))
                .isInstanceOf(RelationError.class).hasMessageContaining("is a field of Comment")
                .hasMessageContaining("not of the queried model Book");
        assertThatThrownBy(() -> Prefetch.of(COMMENT.target).into("x")).isInstanceOf(RelationError.class)
                .hasMessageContaining("fills the GenericRef itself");
        assertThatThrownBy(() -> Comment.objects.all().prefetchRelated(Prefetch.of("target", Tag.objects.all())))
                .isInstanceOf(RelationError.class).hasMessageContaining("COMMENT.target is a polymorphic reference")
                .hasMessageContaining("takes no QuerySet");
        assertThatThrownBy(() -> Prefetch.of(COMMENT.target, Publisher.objects.all()))
                .isInstanceOf(RelationError.class).hasMessageContaining("a QuerySet of Publisher, which is not a target")
                .hasMessageContaining("book");
        assertThatThrownBy(() -> Prefetch.of(COMMENT.target, Tag.objects.all(), Tag.objects.filter(TAG.id.gt(1L))))
                .isInstanceOf(RelationError.class).hasMessageContaining("two QuerySets of Tag");
        assertThatThrownBy(() -> Comment.objects.all().prefetchRelated(Prefetch.of("target", null).into("x")))
                .isInstanceOf(RelationError.class).hasMessageContaining("no into(...)");
    }

    @EachBackend
    void aQuerySetPerTypeNarrowsAndLoadsTheTargetsRelations() {
        seed();
        List<String> seen = new ArrayList<>();
        QueryLog log = Queries.capture(() -> {
            List<Comment> comments = Comment.objects.all().orderBy("id").prefetchRelated(Prefetch.of(COMMENT.target,
                    Book.objects.all().selectRelated(BOOK.author), Tag.objects.filter(TAG.name.in(List.of("T0", "T1")))))
                    .list();
            for (Comment c : comments) {
                if (!c.target.key().equals("tag")) {
                    seen.add(c.target.get() instanceof Book b ? "book " + b.title + " by " + b.author.get().name
                            : describe(c.target.get()));
                }
            }
            assertThat(comments.get(2).target.get()).isInstanceOf(Tag.class);
            assertThatThrownBy(() -> comments.get(8).target.get()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("left out");
        });
        assertThat(seen).startsWith("book B0 by A0", "author A0", "book B1 by A1").hasSize(8);
        // comments, books joined with their authors, authors, the two tags
        assertThat(log.count()).isEqualTo(4);
        assertThat(log.statements().get(1).sql()).contains("JOIN");
    }

    @EachBackend
    void theFieldsNameAsAStringPrefetchesLikeTheConstant() {
        seed();
        QueryLog log = Queries.capture(() -> {
            List<Comment> comments = Comment.objects.all().orderBy("id").prefetchRelated("target").list();
            assertThat(comments.stream().map(c -> describe(c.target.get())).toList()).hasSize(12)
                    .startsWith("book B0", "author A0", "tag T0");
        });
        assertThat(log.count()).isEqualTo(1 + 3);
    }
}

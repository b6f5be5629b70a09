package dev.jango.db.orm.deletion;

import static dev.jango.db.orm.deletion.Music.node;
import static dev.jango.db.orm.deletion.NodeMeta.NODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.jango.db.bulk.ParameterLimits;
import dev.jango.db.connection.Database;
import dev.jango.db.connection.QueryLog;
import dev.jango.db.connection.Queries;
import dev.jango.db.model.Ref;
import dev.jango.db.orm.EachBackend;
import dev.jango.db.orm.OrmTest;
import dev.jango.db.signals.Signals;
import java.util.ArrayList;
import java.util.List;

/** Self-referencing trees and cycles, IN lists over the parameter limit, and rollback from a receiver. */
@OrmTest(models = {Artist.class, Genre.class, Album.class, Sticker.class, Song.class, Review.class, Fan.class,
        Play.class, Node.class, Profile.class})
class TreeAndBatchTest {

    @EachBackend
    void aDeepTreeGoesDeepestLevelFirstWithASignalPerNode() throws Exception {
        Node root = node("root", null);
        Node keep = node("keep", null);
        Node parent = root;
        List<Long> chain = new ArrayList<>();
        for (int depth = 1; depth <= 6; depth++) {
            Node child = node("d" + depth, parent);
            node("leaf" + depth, parent);
            chain.add(child.id);
            parent = child;
        }
        node("other", keep);
        List<Long> deleted = new ArrayList<>();
        Signals signals = Signals.builder().postDelete(Node.class, (m, n) -> deleted.add(n.id)).build();
        assertThat(Signals.using(signals, () -> Node.objects.delete(root)).perModel())
                .containsExactly(entry("Node", 13));
        assertThat(deleted).hasSize(13).doesNotHaveDuplicates();
        assertThat(deleted.indexOf(chain.getLast())).isLessThan(deleted.indexOf(chain.getFirst()));
        assertThat(deleted.getLast()).isEqualTo(root.id);
        assertThat(Node.objects.all().valuesList(NODE.name).list()).containsExactlyInAnyOrder("keep", "other");
    }

    @EachBackend
    void rowsThatPointAtEachOtherAreDeletedTogether() {
        Node a = node("a", null);
        Node b = node("b", a);
        a.parent = Ref.to(b);
        Node.objects.save(a);   // a → b → a
        node("c", b);
        assertThat(Node.objects.delete(a).total()).isEqualTo(3);
        assertThat(Node.objects.all().count()).isZero();
    }

    @EachBackend
    void inListsAreCutBelowTheParameterLimit(Database db) {
        int limit = ParameterLimits.of(db.vendor());
        Node root = node("root", null);
        List<Node> children = new ArrayList<>();
        for (int i = 0; i < limit + 5; i++) {
            Node n = new Node();
            n.name = "c" + i;
            n.parent = Ref.to(root);
            children.add(n);
        }
        Node.objects.bulkCreate(children);
        node("grandchild", children.getLast());
        QueryLog log = Queries.capture(() -> {
            assertThat(Node.objects.delete(root).total()).isEqualTo(limit + 7);
        });
        // the children are looked up (their own children) and deleted by key in two slices each
        assertThat(Music.statements(log, "SELECT", "del_node")).hasSize(1 + 2 + 1);   // children, 2 slices, none
        assertThat(Music.statements(log, "DELETE", "del_node")).hasSize(1 + 2 + 1);   // grandchild, children, root
        assertThat(log.statements()).allMatch(q -> q.params().size() <= limit);
        assertThat(Node.objects.all().count()).isZero();
    }

    @EachBackend
    void aThrowingPostDeleteReceiverLeavesEverythingAsItWas() {
        Node root = node("root", null);
        Node child = node("child", root);
        node("grandchild", child);
        Signals failing = Signals.builder().postDelete(Node.class, (m, n) -> {
            if (n.id == root.id) {
                throw new IllegalStateException("search index down");
            }
        }).build();
        assertThatThrownBy(() -> Signals.using(failing, () -> Node.objects.delete(root)))
                .isInstanceOf(IllegalStateException.class).hasMessage("search index down");
        assertThat(Node.objects.all().count()).isEqualTo(3);
        assertThat(root.isPersisted()).isTrue();
        assertThatThrownBy(() -> Signals.using(failing, () -> Node.objects.filter(NODE.name.eq("root")).delete()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Node.objects.all().count()).isEqualTo(3);
    }
}

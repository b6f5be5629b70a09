package dev.jango.db.deletion;

import dev.jango.db.Db;
import dev.jango.db.connection.Database;
import dev.jango.db.meta.ForeignKeyField;
import dev.jango.db.meta.ManyToManyField;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.model.Entity;
import dev.jango.db.model.Manager;
import dev.jango.db.model.Ref;
import dev.jango.db.signals.M2mChange;
import dev.jango.db.signals.M2mChange.Action;
import dev.jango.db.signals.Signals;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The links of one saved instance through a many-to-many relation: writes and deletes rows of the through model,
 * sending {@code m2mChanged} before and after each change. Every change runs in one atomic block on the owner's
 * database. {@code add} skips targets already linked (read first, inside the block), so it needs no unique
 * constraint on the through model.
 *
 * <pre>{@code
 * var tags = ManyToMany.of(BOOK.tags, book);
 * tags.add(fantasy, classic);
 * tags.remove(classic);
 * tags.set(List.of(scifi));
 * tags.clear();
 * }</pre>
 *
 * @param <M> the owning model
 * @param <T> the related model
 */
public final class ManyToMany<M extends Entity, T extends Entity> {
    private final ManyToManyField<M, T> relation;
    private final M owner;
    private final Object ownerId;

    private ManyToMany(ManyToManyField<M, T> relation, M owner) {
        this.relation = relation;
        this.owner = owner;
        this.ownerId = Ref.savedId(owner, relation);
    }

    /**
     * The helper for {@code owner}'s links through {@code relation}.
     *
     * @throws dev.jango.db.model.UnsavedRelatedObject if the owner is not saved (before any SQL)
     */
    public static <M extends Entity, T extends Entity> ManyToMany<M, T> of(ManyToManyField<M, T> relation,
            M owner) {
        return new ManyToMany<>(Objects.requireNonNull(relation, "relation"), Objects.requireNonNull(owner, "owner"));
    }

    /** Links the targets not linked yet; returns how many links were written. */
    @SafeVarargs
    public final int add(T... targets) {
        List<Object> ids = idsOf(Arrays.asList(targets));
        return database().atomic(() -> {
            List<Object> fresh = new ArrayList<>(new LinkedHashSet<>(ids));
            fresh.removeAll(linkedIds());
            if (fresh.isEmpty()) {
                return 0;
            }
            send(Action.PRE_ADD, fresh);
            insertLinks(through(), fresh);
            send(Action.POST_ADD, fresh);
            return fresh.size();
        });
    }

    /** Unlinks the targets; returns how many links were deleted. */
    @SafeVarargs
    public final int remove(T... targets) {
        List<Object> ids = idsOf(Arrays.asList(targets));
        return database().atomic(() -> removeIds(ids));
    }

    /** Makes the links exactly {@code targets}: removes the others, adds the missing ones. */
    public void set(List<? extends T> targets) {
        List<Object> wanted = idsOf(targets);
        database().atomic(() -> {
            List<Object> current = linkedIds();
            List<Object> gone = new ArrayList<>(current);
            gone.removeAll(wanted);
            removeIds(gone);
            List<Object> fresh = new ArrayList<>(new LinkedHashSet<>(wanted));
            fresh.removeAll(current);
            if (!fresh.isEmpty()) {
                send(Action.PRE_ADD, fresh);
                insertLinks(through(), fresh);
                send(Action.POST_ADD, fresh);
            }
        });
    }

    /** Deletes every link of the owner; returns how many. */
    public int clear() {
        return database().atomic(() -> {
            send(Action.PRE_CLEAR, List.of());
            int n = throughManager().filter(relation.sourceField().in(ownerId)).delete().count(relation.through());
            send(Action.POST_CLEAR, List.of());
            return n;
        });
    }

    /** The ids of the targets currently linked, in link order. */
    public List<Object> linkedIds() {
        return linkedIds(throughManager());
    }

    private <L extends Entity> List<Object> linkedIds(Manager<L> links) {
        @SuppressWarnings("unchecked")
        ForeignKeyField<L, T> target = (ForeignKeyField<L, T>) relation.targetField();
        @SuppressWarnings("unchecked")
        ForeignKeyField<L, M> source = (ForeignKeyField<L, M>) relation.sourceField();
        return links.filter(source.in(ownerId)).orderBy(links.model().pk().asc()).valuesList(target).list();
    }

    private int removeIds(List<Object> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        send(Action.PRE_REMOVE, ids);
        int n = throughManager().filter(relation.sourceField().in(ownerId), relation.targetField().in(ids))
                .delete().count(relation.through());
        send(Action.POST_REMOVE, ids);
        return n;
    }

    @SuppressWarnings("unchecked")
    private <L extends Entity> void insertLinks(ModelMeta<L> through, List<Object> targetIds) {
        ForeignKeyField<L, ?> source = (ForeignKeyField<L, ?>) relation.sourceField();
        ForeignKeyField<L, ?> target = (ForeignKeyField<L, ?>) relation.targetField();
        List<L> rows = new ArrayList<>(targetIds.size());
        for (Object id : targetIds) {
            L row = through.newInstance();
            source.set(row, ownerId);
            target.set(row, id);
            rows.add(row);
        }
        throughManager(through).bulkCreate(rows);
    }

    private List<Object> idsOf(List<? extends T> targets) {
        List<Object> ids = new ArrayList<>(targets.size());
        for (T t : targets) {
            Objects.requireNonNull(t, () -> relation + ": null target");
            ids.add(Ref.savedId(t, relation));
            Db.checkRelation(relation.model(), relation.name(), owner, t);
        }
        return ids;
    }

    private void send(Action action, List<Object> ids) {
        Signals.current().m2mChanged(new M2mChange<>(action, relation.model(), owner, relation.name(),
                relation.target(), ids));
    }

    @SuppressWarnings("unchecked")
    private ModelMeta<Entity> through() {
        return (ModelMeta<Entity>) relation.through();
    }

    private Manager<Entity> throughManager() {
        return throughManager(through());
    }

    private <L extends Entity> Manager<L> throughManager(ModelMeta<L> through) {
        Manager<L> m = Manager.of(through.modelClass());
        return owner.databaseAlias().map(m::using).orElse(m);
    }

    private Database database() {
        return owner.databaseAlias().map(Db::database).orElseGet(Db::database);
    }
}

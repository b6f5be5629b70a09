package dev.jango.db.model;

import dev.jango.db.meta.Field;
import dev.jango.db.meta.ForeignKeyField;
import dev.jango.db.meta.ManyToManyField;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.meta.Relation;
import dev.jango.db.meta.ReverseForeignKey;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Opt-in lenient loading. Strict loading (the default) makes {@link Ref#get()}, {@link GenericRef#get()},
 * {@link RelatedSet#all()} and a reverse accessor ({@code AUTHOR.books.all(author)}) on an unloaded relation throw {@link RelationNotLoaded};
 * inside {@code Loading.lenient(...)} they instead load the relation with one query for that instance and keep the
 * result (a second read runs nothing). Meant for scripts, shells and migrating old code: a loop still runs one
 * query per row, and the N+1 detector ({@code QueryLog.repeatedShapes}) still reports the repeated shape.
 *
 * <pre>{@code
 * String names = Loading.lenient(() -> books.stream().map(b -> b.author.get().name).toList().toString());
 * List<Tag> tags = Loading.lenient(() -> book.tags.all());   // SELECT … FROM tag WHERE id IN (SELECT tag_id …)
 * }</pre>
 */
public final class Loading {
    /** One query per read, through the target's manager. */
    private static final LenientScope.Loader BY_ID = new LenientScope.Loader() {
        /** {@code SELECT … WHERE pk = ?}. */
        @Override
        public Object load(ModelMeta<?> target, Object id) {
            return manager(target).get(target.pk().name(), id);
        }

        /**
         * Reverse foreign key: {@code SELECT … WHERE fk = ?}; many-to-many: {@code SELECT … WHERE pk IN (SELECT
         * target_id FROM through WHERE source_id = ?)}; both in the target's default ordering, like a prefetch.
         */
        @Override
        public List<?> loadMany(Relation<?, ?> relation, Object ownerId) {
            return switch (relation) {
                case ReverseForeignKey<?, ?> rev -> manager(rev.target()).filter(rev.field().eq(ownerId)).list();
                case ManyToManyField<?, ?> m2m -> manager(m2m.target())
                        .filter(m2m.target().pk().in(keysOf(m2m.through(), m2m.sourceField(), ownerId,
                                m2m.targetField())))
                        .list();
                case ForeignKeyField<?, ?> fk -> throw new IllegalArgumentException(fk + " is a to-one relation");
            };
        }
    };

    private Loading() {
    }

    /** Runs {@code body} with lenient loading and returns its value. */
    public static <T> T lenient(Supplier<T> body) {
        return ScopedValue.where(LenientScope.LOADER, BY_ID).call(body::get);
    }

    /** Runs {@code body} with lenient loading. */
    public static void lenient(Runnable body) {
        ScopedValue.where(LenientScope.LOADER, BY_ID).run(body);
    }

    /** Runs {@code body} with lenient loading; its checked exceptions propagate. */
    public static <T> T lenientCall(Callable<T> body) throws Exception {
        return ScopedValue.where(LenientScope.LOADER, BY_ID).call(body::call);
    }

    private static Manager<? extends Entity> manager(ModelMeta<?> model) {
        return Manager.of(model.modelClass().asSubclass(Entity.class));
    }

    /** {@code SELECT <key> FROM through WHERE <source> = ownerId}, as a subquery. */
    @SuppressWarnings("unchecked")
    private static <L extends Entity> dev.jango.db.expr.SubQuery.Source keysOf(ModelMeta<?> through,
            ForeignKeyField<?, ?> source, Object ownerId, ForeignKeyField<?, ?> key) {
        Manager<L> links = (Manager<L>) manager(through);
        return links.filter(source.eq(ownerId)).valuesList((Field<L, Object>) key);
    }

    /** True inside a {@link #lenient} call. */
    public static boolean isLenient() {
        return LenientScope.current() != null;
    }
}

package dev.jango.db.model;

import dev.jango.db.Db;
import dev.jango.db.UniqueViolation;
import dev.jango.db.bulk.BulkInsert;
import dev.jango.db.bulk.BulkResult;
import dev.jango.db.bulk.BulkUpdate;
import dev.jango.db.bulk.OnConflict;
import dev.jango.db.connection.Database;
import dev.jango.db.deletion.Collector;
import dev.jango.db.deletion.DeleteResult;
import dev.jango.db.expr.Assignment;
import dev.jango.db.expr.Condition;
import dev.jango.db.expr.OrderBy;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.query.DoesNotExist;
import dev.jango.db.query.InstanceWriter;
import dev.jango.db.query.QuerySet;
import dev.jango.db.query.Row;
import dev.jango.db.query.ValuesQuery;
import dev.jango.db.routing.Hints;
import dev.jango.db.routing.ReadYourWrites;
import dev.jango.db.signals.Door;
import dev.jango.db.signals.Operation;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The entry point to a model's rows: QuerySet factories plus the instance writes (create, save, delete).
 * Declared on the model; the metamodel is looked up on first use, because the manager is created inside the
 * model's own static initialiser.
 *
 * <pre>{@code
 * @Model public class Book extends Entity {
 *     @Id public long id;
 *     @Char(max = 200) public String title;
 *     public static final Manager<Book> objects = Manager.of(Book.class);
 * }
 * Book dune = Book.objects.create(b -> b.title = "Dune");           // INSERT … RETURNING "id"
 * Book same = Book.objects.get(BOOK.title.eq("Dune"));
 * var r = Book.objects.getOrCreate(BOOK.title.eq("Emma"), b -> b.pages = 400);
 * }</pre>
 *
 * @param <M> the model
 */
public final class Manager<M extends Entity> {
    private final Class<M> modelClass;
    private final String alias;
    private volatile ModelMeta<M> model;
    /** The unfiltered QuerySet, built once; {@link #all()} hands out fresh (uncached) copies of it. */
    private volatile QuerySet<M> base;
    private static final int DEFAULT_BATCH = 1_000;

    private Manager(Class<M> modelClass, String alias, ModelMeta<M> model) {
        this.modelClass = modelClass;
        this.alias = alias;
        this.model = model;
    }

    /** The manager of {@code modelClass} on the default database. */
    public static <M extends Entity> Manager<M> of(Class<M> modelClass) {
        return new Manager<>(modelClass, null, null);
    }

    /** The result of getOrCreate / updateOrCreate: the instance and whether it was inserted. */
    public record Created<M>(M object, boolean created) {
    }

    /** The model's metamodel. */
    public ModelMeta<M> model() {
        ModelMeta<M> m = model;
        if (m == null) {
            m = ModelMeta.of(modelClass);
            model = m;
        }
        return m;
    }

    /** This manager bound to another database alias, for reads and writes. */
    public Manager<M> using(String databaseAlias) {
        return new Manager<>(modelClass, databaseAlias, model);
    }

    // ---- QuerySet entry points ----

    public QuerySet<M> all() {
        QuerySet<M> qs = base;
        if (qs == null) {
            qs = QuerySet.of(model());
            qs = alias == null ? qs : qs.using(alias);
            base = qs;
        }
        return qs.all();
    }

    public QuerySet<M> filter(Condition... conditions) {
        return all().filter(conditions);
    }

    public QuerySet<M> filter(String path, Object value) {
        return all().filter(path, value);
    }

    public QuerySet<M> filter(Map<String, ?> lookups) {
        return all().filter(lookups);
    }

    public QuerySet<M> exclude(Condition... conditions) {
        return all().exclude(conditions);
    }

    public QuerySet<M> exclude(String path, Object value) {
        return all().exclude(path, value);
    }

    public QuerySet<M> orderBy(OrderBy... order) {
        return all().orderBy(order);
    }

    public QuerySet<M> orderBy(String... order) {
        return all().orderBy(order);
    }

    /** The single instance matching {@code conditions} (see {@link QuerySet#get(Condition...)}). */
    public M get(Condition... conditions) {
        return all().get(conditions);
    }

    public M get(String path, Object value) {
        return all().get(path, value);
    }

    public Optional<M> first() {
        return all().first();
    }

    public Optional<M> last() {
        return all().last();
    }

    public long count() {
        return all().count();
    }

    /** {@link QuerySet#annotate(String, dev.jango.db.expr.Expression)} over all rows. */
    public QuerySet<M> annotate(String name, dev.jango.db.expr.Expression expression) {
        return all().annotate(name, expression);
    }

    /** {@link QuerySet#aggregate(Map)} over all rows. */
    public Row aggregate(Map<String, ? extends dev.jango.db.expr.Expression> aggregates) {
        return all().aggregate(aggregates);
    }

    /** {@link QuerySet#aggregate(dev.jango.db.expr.Expression, Class)} over all rows. */
    public <T> T aggregate(dev.jango.db.expr.Expression aggregate, Class<T> type) {
        return all().aggregate(aggregate, type);
    }

    public boolean exists() {
        return all().exists();
    }

    public <K> Map<K, M> inBulk(Collection<K> ids) {
        return all().inBulk(ids);
    }

    @SafeVarargs
    public final ValuesQuery<Row> values(Field<M, ?>... fields) {
        return all().values(fields);
    }

    public <T> ValuesQuery<T> valuesList(Field<M, T> field) {
        return all().valuesList(field);
    }

    // ---- instance writes ----

    /** A new instance with defaults, initialised by {@code init}, inserted. */
    public M create(Consumer<? super M> init) {
        M instance = model().newInstance();
        init.accept(instance);
        return save(instance);
    }

    /** A new instance with these field values, inserted: {@code create(BOOK.title.to("Dune"))}. */
    public M create(Assignment... values) {
        M instance = model().newInstance();
        for (Assignment a : values) {
            Instances.assign(model(), instance, a);
        }
        return save(instance);
    }

    /**
     * Inserts {@code instance} when it is new, else updates every loaded field (Django's save). An update
     * that finds no row (deleted meanwhile) inserts instead.
     */
    public M save(M instance) {
        Database db = database(instance);
        return Door.save(db, model(), instance, !instance.isPersisted(), () -> {
            if (instance.isPersisted() && InstanceWriter.update(db, model(), instance, List.of()) > 0) {
                return Operation.UPDATE;
            }
            InstanceWriter.insert(db, model(), instance);
            return Operation.INSERT;
        });
    }

    /**
     * Updates only {@code fields} of a persisted instance ({@code save(book, BOOK.price)}).
     *
     * @throws DoesNotExist if the row no longer exists
     */
    @SafeVarargs
    public final M save(M instance, Field<M, ?>... fields) {
        if (!instance.isPersisted()) {
            throw new IllegalStateException("cannot save(updateFields) a new " + model().name()
                    + " (it has no row yet): use save(instance)");
        }
        Database db = database(instance);
        return Door.save(db, model(), instance, false, () -> {
            if (InstanceWriter.update(db, model(), instance, Arrays.asList(fields)) == 0) {
                throw new DoesNotExist(model().name(), model().pk().name() + " = " + model().pk().get(instance)
                        + " (save with update fields updated no row)");
            }
            return Operation.UPDATE;
        });
    }

    /**
     * Deletes the instance's row and what its foreign keys drag along (CASCADE, SET_NULL, …), in one atomic block
     * with preDelete / postDelete for every deleted row that has receivers; the instance is new again afterwards.
     *
     * <pre>{@code Author.objects.delete(banks).perModel();   // {Book=2, Author=1}}</pre>
     *
     * @return the rows deleted, in total and per model
     * @throws dev.jango.db.query.ProtectedError if a PROTECT or RESTRICT key refuses the delete; nothing is deleted
     */
    public DeleteResult delete(M instance) {
        return Collector.delete(database(instance), model(), instance);
    }

    /**
     * The instance matching {@code lookup}, created (with the lookup's exact values and {@code defaults}) when
     * none exists. Safe under concurrent callers when the lookup is backed by a unique constraint: the insert
     * runs in a savepoint, and a unique violation means another caller won, so its row is read instead.
     */
    public Created<M> getOrCreate(Condition lookup, Consumer<? super M> defaults) {
        try {
            return new Created<>(get(lookup), false);
        } catch (DoesNotExist missing) {
            M instance = model().newInstance();
            Instances.applyExact(model(), instance, all().filter(lookup));
            defaults.accept(instance);
            Database db = database(instance);
            try {
                db.atomic(() -> Door.save(db, model(), instance, true, () -> {
                    InstanceWriter.insert(db, model(), instance);
                    return Operation.INSERT;
                }));
                return new Created<>(instance, true);
            } catch (UniqueViolation raced) {
                try {
                    return new Created<>(get(lookup), false);
                } catch (DoesNotExist stillMissing) {
                    throw raced;
                }
            }
        }
    }

    public Created<M> getOrCreate(Condition lookup) {
        return getOrCreate(lookup, m -> { });
    }

    /** {@link #getOrCreate(Condition, Consumer)} with string paths: {@code getOrCreate(Map.of("isbn", x), …)}. */
    public Created<M> getOrCreate(Map<String, ?> lookup, Consumer<? super M> defaults) {
        return getOrCreate(all().filter(lookup).condition(), defaults);
    }

    /** {@link #updateOrCreate(Condition, Consumer)} with string paths. */
    public Created<M> updateOrCreate(Map<String, ?> lookup, Consumer<? super M> updates) {
        return updateOrCreate(all().filter(lookup).condition(), updates);
    }

    /**
     * The instance matching {@code lookup} with {@code updates} applied and saved, or a new one created with
     * the lookup's exact values and {@code updates}. Runs in one atomic block; the existing row is locked
     * ({@code SELECT … FOR UPDATE}) so concurrent updates serialise.
     */
    public Created<M> updateOrCreate(Condition lookup, Consumer<? super M> updates) {
        Database db = database(null);
        return db.atomic(() -> {
            Optional<M> existing = lockedGet(lookup);
            if (existing.isEmpty()) {
                Created<M> created = getOrCreate(lookup, updates);
                if (created.created()) {
                    return created;
                }
                existing = Optional.of(created.object());
            }
            M instance = existing.get();
            updates.accept(instance);
            save(instance);
            return new Created<>(instance, false);
        });
    }

    // ---- bulk writes ----

    /** {@link #bulkCreate(List, int, OnConflict)} in batches of 1,000, failing on a conflict. */
    public BulkResult bulkCreate(List<M> objects) {
        return bulkCreate(objects, DEFAULT_BATCH, OnConflict.fail());
    }

    /** {@link #bulkCreate(List, int, OnConflict)} failing on a conflict. */
    public BulkResult bulkCreate(List<M> objects, int batchSize) {
        return bulkCreate(objects, batchSize, OnConflict.fail());
    }

    /**
     * Inserts {@code objects} with one multi-row INSERT per batch (lowered to fit the backend's parameter limit),
     * all in one atomic block: a failing batch leaves nothing written. Generated keys are set on the objects.
     *
     * <pre>{@code
     * BulkResult r = Book.objects.bulkCreate(books, 1000, OnConflict.update(BOOK.title).on(BOOK.isbn));
     * }</pre>
     *
     * @return rows inserted, and with a conflict policy the objects ignored or rows updated
     */
    public BulkResult bulkCreate(List<M> objects, int batchSize, OnConflict onConflict) {
        Database db = database();
        return Door.bulk(db, model(), Operation.BULK_CREATE, objects, null,
                () -> BulkInsert.run(db, model(), objects, batchSize, onConflict), BulkResult::written);
    }

    /**
     * Writes {@code fields} of each persisted object in batched statements, in one atomic block.
     *
     * <pre>{@code Book.objects.bulkUpdate(books, List.of(BOOK.price), 1000);}</pre>
     *
     * @return the number of rows updated
     */
    public long bulkUpdate(List<M> objects, List<Field<M, ?>> fields, int batchSize) {
        Database db = database();
        return Door.bulk(db, model(), Operation.BULK_UPDATE, objects, null,
                () -> BulkUpdate.run(db, model(), objects, fields, batchSize), n -> n);
    }

    /**
     * Writes per object the assignments {@code values} returns, which may be expressions.
     *
     * <pre>{@code Book.objects.bulkUpdate(books, 1000, b -> List.of(BOOK.pages.to(F.of(BOOK.pages).plus(b.extra))));}</pre>
     */
    public long bulkUpdate(List<M> objects, int batchSize, Function<? super M, List<Assignment>> values) {
        Database db = database();
        return Door.bulk(db, model(), Operation.BULK_UPDATE, objects, null,
                () -> BulkUpdate.run(db, model(), objects, values, batchSize), n -> n);
    }

    private Optional<M> lockedGet(Condition lookup) {
        try {
            return Optional.of(all().filter(lookup).selectForUpdate().get());
        } catch (DoesNotExist e) {
            return Optional.empty();
        }
    }

    /** Where a write of {@code instance} goes: this manager's alias (using), else the routers' choice. */
    private Database database(M instance) {
        return writeDatabase(Hints.of(instance));
    }

    /** Where a write of many rows goes: this manager's alias (using), else the routers' choice. */
    private Database database() {
        return writeDatabase(Hints.NONE);
    }

    private Database writeDatabase(Hints hints) {
        if (alias == null) {
            return Db.forWrite(model(), hints);
        }
        ReadYourWrites.noteWrite();
        return Db.database(alias);
    }

    @Override
    public String toString() {
        return "Manager[" + modelClass.getSimpleName() + (alias == null ? "" : " using " + alias) + "]";
    }
}

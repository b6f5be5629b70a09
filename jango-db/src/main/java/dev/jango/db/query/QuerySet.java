package dev.jango.db.query;

import dev.jango.db.bulk.BatchProgress;
import dev.jango.db.bulk.BatchedUpdate;
import dev.jango.db.connection.Cursor;
import dev.jango.db.connection.Database;
import dev.jango.db.dialect.Dialect;
import dev.jango.db.expr.Assignment;
import dev.jango.db.expr.Condition;
import dev.jango.db.expr.Expression;
import dev.jango.db.expr.FieldRef;
import dev.jango.db.expr.OrderBy;
import dev.jango.db.expr.SqlWriter;
import dev.jango.db.expr.SubQuery;
import dev.jango.db.meta.Field;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.meta.Relation;
import dev.jango.db.meta.RelationPath;
import dev.jango.db.model.Entity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A lazy, immutable query over one model. Every chained call returns a new QuerySet; nothing runs until a
 * terminal call ({@link #list()}, iteration, {@link #get()}, {@link #count()}, …). A QuerySet value evaluates at
 * most once: later reads of the same value use its result cache.
 *
 * <pre>{@code
 * List<Book> page = Book.objects
 *     .filter(BOOK.title.startsWith("A").and(BOOK.price.lt(new BigDecimal("20"))))
 *     .exclude("pages__lt", 100)
 *     .orderBy(BOOK.published.desc().nullsLast(), BOOK.id.desc())
 *     .limit(50)
 *     .list();
 * // SELECT "book"."id", … FROM "book" WHERE "book"."title" LIKE ? ESCAPE '\' AND "book"."price" < ?
 * //   AND NOT ("book"."pages" < ?) ORDER BY "book"."published" DESC NULLS LAST, "book"."id" DESC LIMIT 50
 * }</pre>
 *
 * @param <M> the model
 */
public final class QuerySet<M extends Entity> implements Iterable<M>, SubQuery.Source {
    private static final int GET_PROBE = 21;

    private final QueryState<M> state;
    private final String alias;
    private final Loading loading;
    private volatile List<M> cache;

    private QuerySet(QueryState<M> state, String alias) {
        this(state, alias, Loading.NONE);
    }

    private QuerySet(QueryState<M> state, String alias, Loading loading) {
        this.state = state;
        this.alias = alias;
        this.loading = loading;
    }

    /** All rows of the model, in its default ordering. */
    public static <M extends Entity> QuerySet<M> of(ModelMeta<M> model) {
        List<OrderBy> ordering = new ArrayList<>();
        for (String spec : model.spec().ordering()) {
            ordering.add(Paths.order(model, spec));
        }
        return new QuerySet<>(QueryState.of(model, ordering), null);
    }

    private QuerySet<M> with(QueryState<M> next) {
        return new QuerySet<>(next, alias, loading);
    }

    /** The query's AST (package use: prefetch runs a Prefetch's QuerySet with an added IN filter). */
    QueryState<M> state() {
        return state;
    }

    /** What this QuerySet loads besides its rows (package use: a Prefetch's QuerySet keeps its own loading). */
    Loading loading() {
        return loading;
    }

    public ModelMeta<M> model() {
        return state.model();
    }

    // ---- chaining ----

    /** The same query, unevaluated (a fresh result cache). */
    public QuerySet<M> all() {
        return with(state);
    }

    /**
     * Rows matching all {@code conditions}. A condition on an aggregate annotation goes to HAVING:
     * {@code annotate("n", Count.all()).filter(F.of("n").gt(1))}.
     */
    public QuerySet<M> filter(Condition... conditions) {
        return where(Condition.all(Clauses.resolved(state, conditions)));
    }

    /** Rows where the string path matches: {@code filter("title__icontains", "dune")} or an annotation's name. */
    public QuerySet<M> filter(String path, Object value) {
        return where(Clauses.pathCondition(state, path, value));
    }

    /** Rows matching every path of {@code lookups} ({@code Map.of("pages__gte", 100, "title", "Dune")}). */
    public QuerySet<M> filter(Map<String, ?> lookups) {
        return where(Clauses.fromMap(state, lookups));
    }

    /** Rows not matching all {@code conditions} together. */
    public QuerySet<M> exclude(Condition... conditions) {
        return where(Condition.all(Clauses.resolved(state, conditions)).not());
    }

    public QuerySet<M> exclude(String path, Object value) {
        return where(Clauses.pathCondition(state, path, value).not());
    }

    public QuerySet<M> exclude(Map<String, ?> lookups) {
        return where(Clauses.fromMap(state, lookups).not());
    }

    private QuerySet<M> where(Condition condition) {
        requireUnsliced("filter");
        return with(Clauses.filter(state, condition));
    }

    /**
     * Adds a computed column named {@code name}: a function, Case, Subquery, Exists, window, or an aggregate
     * (which groups the query by its columns, as Django does). Filter and order on it by name
     * ({@code F.of(name)}, {@code "-name"}); read it through {@link #annotated()} or {@code values}.
     *
     * <pre>{@code
     * Book.objects.annotate("upper", Functions.upper(BOOK.title)).orderBy("-upper").annotated();
     * }</pre>
     *
     * @throws ExpressionError if the name clashes with a field or an earlier annotation
     */
    public QuerySet<M> annotate(String name, Expression expression) {
        requireUnsliced("annotate");
        return with(Clauses.annotate(state, name, expression));
    }

    /**
     * Aggregates over the filtered rows, one statement: {@code aggregate(Map.of("n", Count.all(), "avg",
     * Avg.of(BOOK.price)))}. Aggregates over no rows are NULL, except counts (0).
     */
    public Row aggregate(Map<String, ? extends Expression> aggregates) {
        return Aggregation.run(state, alias, aggregates);
    }

    /** One aggregate's value: {@code long n = qs.aggregate(Count.all(), Long.class)}. */
    public <T> T aggregate(Expression aggregate, Class<T> type) {
        return aggregate(Map.of("value", aggregate)).get("value", type);
    }

    /**
     * The instances with their annotations (runs the query; not cached apart from {@link #list()}), with the
     * {@code selectRelated} joins and {@code prefetchRelated} lists loaded as {@link #list()} loads them.
     */
    public List<Annotated<M>> annotated() {
        return Relations.annotated(Execution.read(alias, state.model()), state, loading);
    }

    /** Replaces the ordering ({@code BOOK.published.desc().nullsLast()}). */
    public QuerySet<M> orderBy(OrderBy... order) {
        requireUnsliced("reorder");
        return with(state.ordering(Clauses.order(state, order)));
    }

    /** Replaces the ordering by string paths: {@code orderBy("-published", "title")}. */
    public QuerySet<M> orderBy(String... order) {
        requireUnsliced("reorder");
        List<OrderBy> items = new ArrayList<>();
        for (String spec : order) {
            OrderBy annotation = Clauses.annotationOrder(state, spec);
            items.add(annotation != null ? annotation : Paths.order(state.model(), spec));
        }
        return with(state.ordering(items));
    }

    /** The ordering reversed (an unordered QuerySet stays unordered, as in Django). */
    public QuerySet<M> reverse() {
        requireUnsliced("reverse");
        return with(state.ordering(state.ordering().stream().map(OrderBy::reversed).toList()));
    }

    public QuerySet<M> distinct() {
        return with(state.distinct(true));
    }

    /** At most {@code n} rows (relative to an earlier slice). */
    public QuerySet<M> limit(long n) {
        return slice(0, n);
    }

    /** Skips {@code n} rows (relative to an earlier slice). */
    public QuerySet<M> offset(long n) {
        return slice(n, null);
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive, null for no end), like Python's {@code qs[a:b]}. */
    public QuerySet<M> slice(long from, Long to) {
        if (from < 0 || (to != null && to < from)) {
            throw new QueryException(state.model().name() + ": invalid slice [" + from + ":" + to + "]");
        }
        long oldOffset = state.offset() == null ? 0 : state.offset();
        Long limit = to == null ? null : to - from;
        if (state.limit() != null) {
            long left = Math.max(0, state.limit() - from);
            limit = limit == null ? left : Math.min(limit, left);
        }
        long offset = oldOffset + from;
        return with(state.slice(limit, offset == 0 ? null : offset));
    }

    /** Loads only these fields (and the primary key); the rest are deferred and left alone by save. */
    @SafeVarargs
    public final QuerySet<M> only(Field<M, ?>... fields) {
        List<Field<M, ?>> keep = new ArrayList<>();
        List<Field<M, ?>> wanted = Arrays.asList(fields);
        for (Field<M, ?> f : state.model().fields()) {
            if (f == state.model().pk() || wanted.contains(f)) {
                keep.add(f);
            }
        }
        return with(state.columns(keep));
    }

    /** {@link #only(Field[])} by field names. */
    public QuerySet<M> only(String... names) {
        return with(state.columns(Paths.selection(state, names, true)));
    }

    /** Loads every field except these. */
    @SafeVarargs
    public final QuerySet<M> defer(Field<M, ?>... fields) {
        List<Field<M, ?>> dropped = Arrays.asList(fields);
        List<Field<M, ?>> keep = new ArrayList<>();
        for (Field<M, ?> f : state.columns()) {
            if (f == state.model().pk() || !dropped.contains(f)) {
                keep.add(f);
            }
        }
        return with(state.columns(keep));
    }

    /** {@link #defer(Field[])} by field names. */
    public QuerySet<M> defer(String... names) {
        return with(state.columns(Paths.selection(state, names, false)));
    }

    /** Locks the selected rows until the end of the surrounding atomic block (no-op on SQLite). */
    public QuerySet<M> selectForUpdate() {
        return with(state.forUpdate(true));
    }

    /** The same query against another database alias. */
    public QuerySet<M> using(String databaseAlias) {
        return new QuerySet<>(state, databaseAlias, loading);
    }

    // ---- loading relations (ADR 0100) ----

    /**
     * Loads the to-one relations on {@code paths} in the same query, by joins (LEFT JOIN where a key is nullable):
     * {@code selectRelated(BOOK.author.then(AUTHOR.publisher))} fills {@code book.author.get().publisher.get()}.
     *
     * @throws RelationError naming model and field if a step is a to-many relation (before any SQL)
     */
    @SafeVarargs
    public final QuerySet<M> selectRelated(RelationPath<M, ?>... paths) {
        return new QuerySet<>(state, alias, loading.selectRelated(state.model(), List.of(paths)));
    }

    /** {@link #selectRelated(RelationPath[])} for one relation: {@code selectRelated(BOOK.author)}. */
    @SafeVarargs
    public final QuerySet<M> selectRelated(Relation<M, ?>... relations) {
        List<RelationPath<?, ?>> paths = new ArrayList<>();
        for (Relation<M, ?> r : relations) {
            paths.add(RelationPath.of(r));
        }
        return new QuerySet<>(state, alias, loading.selectRelated(state.model(), paths));
    }

    /** Django-style string paths: {@code selectRelated("author__publisher")}. */
    public QuerySet<M> selectRelated(String... paths) {
        List<RelationPath<?, ?>> resolved = new ArrayList<>();
        for (String p : paths) {
            resolved.add(Joins.path(state.model(), p));
        }
        return new QuerySet<>(state, alias, loading.selectRelated(state.model(), resolved));
    }

    /**
     * Loads to-many relations (reverse foreign keys, many-to-many, nested paths) with one extra query per step,
     * after this query's rows (and slice) are read: {@code prefetchRelated(BOOK.tags)}.
     *
     * @throws RelationError naming model and field for a to-one relation or an unknown name (before any SQL)
     */
    @SafeVarargs
    public final QuerySet<M> prefetchRelated(RelationPath<M, ?>... paths) {
        List<Prefetch> prefetches = new ArrayList<>();
        for (RelationPath<M, ?> p : paths) {
            prefetches.add(Prefetch.of(p.path(), null).resolve(state.model()));
        }
        return new QuerySet<>(state, alias, loading.prefetch(state.model(), prefetches));
    }

    /** {@link #prefetchRelated(RelationPath[])} for single relations: {@code prefetchRelated(BOOK.tags)}. */
    @SafeVarargs
    public final QuerySet<M> prefetchRelated(Relation<M, ?>... relations) {
        List<Prefetch> prefetches = new ArrayList<>();
        for (Relation<M, ?> r : relations) {
            prefetches.add(Prefetch.of(r.name(), null));
        }
        return new QuerySet<>(state, alias, loading.prefetch(state.model(), prefetches));
    }

    /**
     * String paths ({@code "tags__category"}, or a polymorphic field's name: {@code "target"}), {@link Prefetch}
     * objects with a custom QuerySet, or polymorphic references ({@code COMMENT.target}: one IN query per type key).
     */
    public QuerySet<M> prefetchRelated(Object... pathsOrPrefetches) {
        List<Prefetch> prefetches = new ArrayList<>();
        for (Object o : pathsOrPrefetches) {
            prefetches.add(Prefetch.from(state.model(), o));
        }
        return new QuerySet<>(state, alias, loading.prefetch(state.model(), prefetches));
    }

    // ---- evaluation ----

    /** Runs the query (once per QuerySet value) and returns the instances. */
    public List<M> list() {
        List<M> rows = cache;
        if (rows == null) {
            // SELECT … FOR UPDATE locks rows where they are written, as Django's router does.
            Database db = state.forUpdate() ? Execution.write(alias, state.model()) : Execution.read(alias, state.model());
            rows = loading.isEmpty() ? Loader.load(db, state) : Relations.load(db, state, loading);
            cache = rows;
        }
        return rows;
    }

    @Override
    public Iterator<M> iterator() {
        return list().iterator();
    }

    public Stream<M> stream() {
        return list().stream();
    }

    /**
     * Streams the rows in constant memory, {@code chunkSize} per round trip, without filling the result cache:
     * a server-side cursor on PostgreSQL, a streamed result on MariaDB, a stepping cursor on SQLite. The cursor
     * holds a connection until it is read to the end or closed. One counted statement; {@code selectRelated} joins
     * in it, and {@code prefetchRelated} runs once per chunk of {@code chunkSize} rows (read ahead, then handed out).
     *
     * <pre>{@code
     * try (Cursor<Book> books = Book.objects.orderBy("id").iterator(2_000)) {
     *     books.forEachRemaining(csv::write);
     * }
     * }</pre>
     */
    public Cursor<M> iterator(int chunkSize) {
        return Streaming.open(Execution.read(alias, state.model()), state, loading, chunkSize);
    }

    /**
     * The one row matching {@code conditions}.
     *
     * @throws DoesNotExist            if none matches
     * @throws MultipleObjectsReturned if more than one does
     */
    public M get(Condition... conditions) {
        return conditions.length == 0 ? single() : filter(conditions).single();
    }

    /** {@code get("title", "Dune")}. */
    public M get(String path, Object value) {
        return filter(path, value).single();
    }

    private M single() {
        boolean probe = cache == null && !state.sliced() && !state.forUpdate();
        List<M> rows = probe ? with(state.slice((long) GET_PROBE, null)).list() : list();
        if (rows.size() == 1) {
            return rows.getFirst();
        }
        String filter = describeFilter();
        if (rows.isEmpty()) {
            throw new DoesNotExist(state.model().name(), filter);
        }
        String count = probe && rows.size() == GET_PROBE ? "more than " + (GET_PROBE - 1) : "" + rows.size();
        throw new MultipleObjectsReturned(state.model().name(), filter, count);
    }

    /** The first row in the QuerySet's order (by primary key when unordered). */
    public Optional<M> first() {
        QuerySet<M> qs = state.ordering().isEmpty() && !state.sliced() ? orderBy(state.model().pk().asc()) : this;
        List<M> rows = cache != null ? cache : qs.slice(0, 1L).list();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    /** The last row in the QuerySet's order (by primary key when unordered). */
    public Optional<M> last() {
        if (cache != null) {
            return cache.isEmpty() ? Optional.empty() : Optional.of(cache.getLast());
        }
        requireUnsliced("take last() of");
        QuerySet<M> qs = state.ordering().isEmpty() ? orderBy(state.model().pk().desc()) : reverse();
        return qs.first();
    }

    /** Number of rows ({@code SELECT COUNT(*)}; the cached result's size once evaluated). */
    public long count() {
        if (cache != null) {
            return cache.size();
        }
        Database db = Execution.read(alias, state.model());
        Statement st = Compiler.count(Dialect.of(db.vendor()), state, Loader.columns(state));
        return Execution.query(db, st, rs -> rs.next() ? rs.getLong(1) : 0L);
    }

    /** Whether any row matches ({@code SELECT 1 … LIMIT 1}). */
    public boolean exists() {
        if (cache != null) {
            return !cache.isEmpty();
        }
        Database db = Execution.read(alias, state.model());
        return Execution.query(db, Compiler.exists(Dialect.of(db.vendor()), state), java.sql.ResultSet::next);
    }

    /** The rows whose primary key is in {@code ids}, keyed by primary key (missing ids are absent). */
    @SuppressWarnings("unchecked")
    public <K> Map<K, M> inBulk(Collection<K> ids) {
        Map<K, M> byId = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        Field<M, ?> pk = state.model().pk();
        for (M m : filter(new FieldRef(pk).in(ids)).list()) {
            byId.put((K) pk.get(m), m);
        }
        return byId;
    }

    /**
     * Selected fields as {@link Row}s instead of instances; with {@code selectRelated}/{@code prefetchRelated}
     * (nothing to fill in a row) it throws {@link QueryException} rather than drop them silently (ADR 0101).
     */
    @SafeVarargs
    public final ValuesQuery<Row> values(Field<M, ?>... fields) {
        loading.requireNone(state.model(), "values(...)");
        return ValuesQuery.fieldRows(state, alias,
                fields.length == 0 ? List.copyOf(state.model().fields()) : List.of(fields));
    }

    /**
     * Fields named by string, followed by every annotation of this QuerySet, as {@link Row}s:
     * {@code annotate("len", Functions.length(BOOK.title)).values("title")} gives rows {@code {title, len}}.
     */
    public ValuesQuery<Row> values(String... fieldNames) {
        loading.requireNone(state.model(), "values(...)");
        List<Field<?, ?>> selected = new ArrayList<>();
        for (String n : fieldNames) {
            selected.add(Paths.field(state.model(), n, n));
        }
        return ValuesQuery.rows(state, alias, selected);
    }

    /** One field's values, typed: {@code valuesList(BOOK.title)} gives {@code List<String>} rows. */
    public <T> ValuesQuery<T> valuesList(Field<M, T> field) {
        loading.requireNone(state.model(), "valuesList(...)");
        return new ValuesQuery<>(state, alias, List.of(field), (rs, reader) -> field.read(rs, 1, reader));
    }

    /** Several fields per row as a list of values, in the given order. */
    @SafeVarargs
    public final ValuesQuery<List<Object>> valuesList(Field<M, ?> first, Field<M, ?>... more) {
        loading.requireNone(state.model(), "valuesList(...)");
        List<Field<?, ?>> selected = new ArrayList<>();
        selected.add(first);
        selected.addAll(Arrays.asList(more));
        return ValuesQuery.lists(state, alias, selected);
    }

    // ---- writes ----

    /** {@code UPDATE … SET … WHERE <this filter>}; returns the number of rows updated. */
    public int update(Assignment... assignments) {
        requireUnsliced("update");
        return QueryWrites.update(this, state, alias, assignments);
    }

    /**
     * {@link #update(Assignment...)} in primary-key ranges of {@code batchSize} rows, calling {@code progress}
     * after each batch; see {@link BatchedUpdate}.
     *
     * <pre>{@code qs.updateInBatches(5_000, p -> log.info("{} rows", p.rowsUpdated()), BOOK.pages.to(0));}</pre>
     *
     * @return the number of rows updated
     */
    public long updateInBatches(int batchSize, Consumer<BatchProgress> progress, Assignment... assignments) {
        requireUnsliced("update");
        // Batches read keys with valuesList, which refuses relation loading; an update loads nothing anyway.
        return BatchedUpdate.run(new QuerySet<>(state, alias), batchSize, progress, assignments);
    }

    /** {@code update(Map.of("pages", 10, "price", F.of("price").times(2)))}. */
    public int update(Map<String, ?> values) {
        return update(QueryWrites.assignments(state.model(), values));
    }

    /**
     * Deletes the matching rows and what their foreign keys drag along (CASCADE, SET_NULL, …; see
     * {@link dev.jango.db.deletion.Collector}), in one atomic block; a single {@code DELETE FROM … WHERE <filter>}
     * when nothing points at the model and no per-row receiver listens.
     *
     * <pre>{@code Author.objects.filter(AUTHOR.name.eq("Banks")).delete().total();   // 4: 1 author, 3 books}</pre>
     *
     * @return the rows deleted, in total and per model
     * @throws ProtectedError if a PROTECT (or {@link RestrictedError}: RESTRICT) key refuses it; nothing is deleted
     */
    public dev.jango.db.deletion.DeleteResult delete() {
        requireUnsliced("delete");
        return QueryWrites.delete(this, state, alias);
    }

    // ---- introspection ----

    /**
     * The backend's plan for this query, as text: {@code EXPLAIN} on PostgreSQL and MariaDB, {@code EXPLAIN
     * QUERY PLAN} on SQLite. With {@link ExplainOption#ANALYZE} the query runs and the plan carries actual rows
     * and times (PostgreSQL, MariaDB; SQLite raises {@link ExplainNotSupported}). One counted statement.
     *
     * <pre>{@code
     * System.out.println(Book.objects.filter(BOOK.title.eq("Dune")).explain());
     * // Index Scan using book_title_idx on book  (cost=0.15..8.17 rows=1 width=72) …
     * }</pre>
     */
    public String explain(ExplainOption... options) {
        return Explain.plan(Execution.read(alias, state.model()), state, options);
    }

    /** The SELECT this QuerySet runs on the current database, with its parameters (nothing is executed). */
    public Statement statement() {
        Database db = Execution.database(alias);
        return Compiler.select(Dialect.of(db.vendor()), state, Loader.columns(state));
    }

    /** The SELECT for {@code dialect} (no database needed; for tests and logs). */
    public Statement statement(Dialect dialect) {
        return Compiler.select(dialect, state, Loader.columns(state));
    }

    @Override
    public SubQuery asSubQuery() {
        return new ValuesQuery.SelectSubQuery(state, List.of(new FieldRef(state.model().pk())),
                state.model().pk().kind());
    }

    @Override
    public String toString() {
        return "QuerySet[" + state.model().name() + ": " + statement(Dialect.POSTGRESQL).describe() + "]";
    }

    // ---- helpers ----

    private void requireUnsliced(String action) {
        if (state.sliced()) {
            throw new QueryException(state.model().name() + ": cannot " + action
                    + " a QuerySet once a slice (limit/offset) has been taken");
        }
    }

    private String describeFilter() {
        SqlWriter w = SqlWriter.full(Dialect.of(Execution.database(alias).vendor()));
        state.where().render(w);
        return new Statement(w.sql(), w.params()).describe();
    }

    /** The where-tree of this query (read-only; the Manager copies its exact lookups onto new instances). */
    public Condition condition() {
        return state.where();
    }
}

package dev.jango.db.signals;

import dev.jango.db.model.Entity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An immutable set of signal receivers and write hooks, built once at start-up and installed once (like
 * {@code Db.configure}); tests bind another set for a call with {@link #using}. See ADR 0080.
 *
 * <pre>{@code
 * Signals.install(Signals.builder()
 *         .preSave(Book.class, (model, book, created) -> book.slug = slugify(book.title))
 *         .hook(Book.class, w -> audit.record(w))
 *         .build());
 * Signals.using(Signals.builder().hook(Book.class, seen::add).build(), () -> Book.objects.create(…));
 * }</pre>
 */
public final class Signals {
    /** No receivers: the state before {@link #install}. */
    public static final Signals NONE = new Signals(Map.of(), ModelSignals.NONE);

    private static final AtomicReference<Signals> INSTALLED = new AtomicReference<>();
    private static final ScopedValue<Signals> BOUND = ScopedValue.newInstance();

    private final Map<Class<?>, ModelSignals> perModel;
    private final ModelSignals everyModel;

    private Signals(Map<Class<?>, ModelSignals> perModel, ModelSignals everyModel) {
        this.perModel = Map.copyOf(perModel);
        this.everyModel = everyModel;
    }

    /** A builder for a set of receivers. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Installs the application's receivers. Call once at start-up; installing the same set again does nothing.
     *
     * @throws IllegalStateException if a different set was installed before
     */
    public static void install(Signals signals) {
        Objects.requireNonNull(signals, "signals");
        if (!INSTALLED.compareAndSet(null, signals) && INSTALLED.get() != signals) {
            throw new IllegalStateException("Signals are already installed; install them once at start-up, and "
                    + "bind another set for a call with Signals.using(...)");
        }
    }

    /** Runs {@code body} with {@code signals} in place of the installed set; its exceptions propagate. */
    public static <T> T using(Signals signals, Callable<T> body) throws Exception {
        Objects.requireNonNull(signals, "signals");
        return ScopedValue.where(BOUND, signals).call(body::call);
    }

    /** The set bound by {@link #using}, else the installed one, else {@link #NONE}. */
    public static Signals current() {
        if (BOUND.isBound()) {
            return BOUND.get();
        }
        Signals installed = INSTALLED.get();
        return installed == null ? NONE : installed;
    }

    /** The receivers for {@code modelClass}: those for every model, then the model's own. */
    public ModelSignals of(Class<?> modelClass) {
        return perModel.getOrDefault(modelClass, everyModel);
    }

    /** Sends an m2mChanged signal (called by the many-to-many helpers). */
    public void m2mChanged(M2mChange<?> change) {
        for (ModelSignals.M2mListener l : of(change.model().modelClass()).m2mChanged()) {
            l.changed(change);
        }
    }

    @Override
    public String toString() {
        return "Signals[models=" + perModel.keySet() + "]";
    }

    /** Collects receivers; {@code Entity.class} registers for every model. */
    @SuppressWarnings("unchecked")
    public static final class Builder {
        private final Map<Class<?>, List<ModelSignals>> parts = new HashMap<>();

        private Builder() {
        }

        public <M extends Entity> Builder preSave(Class<M> model, SaveListener<? super M> l) {
            return add(model, one(l, null, null, null, null, null, null, 0));
        }

        public <M extends Entity> Builder postSave(Class<M> model, SaveListener<? super M> l) {
            return add(model, one(l, null, null, null, null, null, null, 1));
        }

        public <M extends Entity> Builder preDelete(Class<M> model, DeleteListener<? super M> l) {
            return add(model, one(null, l, null, null, null, null, null, 0));
        }

        public <M extends Entity> Builder postDelete(Class<M> model, DeleteListener<? super M> l) {
            return add(model, one(null, l, null, null, null, null, null, 1));
        }

        public <M extends Entity> Builder bulkCreated(Class<M> model, BulkListener<? super M> l) {
            return add(model, one(null, null, l, null, null, null, null, 0));
        }

        public <M extends Entity> Builder bulkUpdated(Class<M> model, BulkListener<? super M> l) {
            return add(model, one(null, null, null, l, null, null, null, 0));
        }

        public <M extends Entity> Builder bulkDeleted(Class<M> model, BulkListener<? super M> l) {
            return add(model, one(null, null, null, null, l, null, null, 0));
        }

        public <M extends Entity> Builder m2mChanged(Class<M> model, ModelSignals.M2mListener l) {
            return add(model, one(null, null, null, null, null, l, null, 0));
        }

        /** A write hook for one model ({@code Entity.class}: every model). */
        public <M extends Entity> Builder hook(Class<M> model, WriteHook<? super M> hook) {
            return add(model, one(null, null, null, null, null, null, hook, 0));
        }

        /** A write hook for every model. */
        public Builder hook(WriteHook<Object> hook) {
            return add(Entity.class, one(null, null, null, null, null, null, hook, 0));
        }

        private Builder add(Class<?> model, ModelSignals part) {
            Objects.requireNonNull(model, "model");
            parts.computeIfAbsent(model, k -> new ArrayList<>()).add(part);
            return this;
        }

        private static ModelSignals one(SaveListener<?> save, DeleteListener<?> delete, BulkListener<?> created,
                                        BulkListener<?> updated, BulkListener<?> deleted,
                                        ModelSignals.M2mListener m2m, WriteHook<?> hook, int post) {
            return new ModelSignals(
                    save != null && post == 0 ? List.of((SaveListener<Object>) save) : List.of(),
                    save != null && post == 1 ? List.of((SaveListener<Object>) save) : List.of(),
                    delete != null && post == 0 ? List.of((DeleteListener<Object>) delete) : List.of(),
                    delete != null && post == 1 ? List.of((DeleteListener<Object>) delete) : List.of(),
                    created != null ? List.of((BulkListener<Object>) created) : List.of(),
                    updated != null ? List.of((BulkListener<Object>) updated) : List.of(),
                    deleted != null ? List.of((BulkListener<Object>) deleted) : List.of(),
                    m2m != null ? List.of(m2m) : List.of(),
                    hook != null ? List.of((WriteHook<Object>) hook) : List.of());
        }

        /** The immutable set. */
        public Signals build() {
            ModelSignals every = merge(parts.getOrDefault(Entity.class, List.of()), ModelSignals.NONE);
            Map<Class<?>, ModelSignals> perModel = new HashMap<>();
            parts.forEach((model, list) -> {
                if (model != Entity.class) {
                    perModel.put(model, merge(list, every));
                }
            });
            return new Signals(perModel, every);
        }

        private static ModelSignals merge(List<ModelSignals> list, ModelSignals start) {
            ModelSignals all = start;
            for (ModelSignals s : list) {
                all = all.then(s);
            }
            return all;
        }
    }
}

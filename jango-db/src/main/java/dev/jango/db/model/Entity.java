package dev.jango.db.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The base class of every model. It carries the instance's explicit persistence state, which decides whether
 * {@code save()} inserts or updates (never a guess from the primary key's value), which database the row came
 * from, and which columns were deferred when it was loaded.
 *
 * <pre>{@code
 * Book b = new Book();          // not persisted: save() inserts
 * Book.objects.save(b);         // now persisted: the next save() updates
 * }</pre>
 */
public abstract class Entity {
    private transient boolean persisted;
    private transient String databaseAlias;
    private transient Set<String> deferredFields = Set.of();
    private transient Map<String, List<?>> prefetched;

    /** True once the instance was loaded from, or saved to, a database. */
    public final boolean isPersisted() {
        return persisted;
    }

    /** The database alias the row was loaded from or saved to. */
    public final Optional<String> databaseAlias() {
        return Optional.ofNullable(databaseAlias);
    }

    /** Names of fields that were not loaded ({@code only}/{@code defer}); a save leaves their columns alone. */
    public final Set<String> deferredFields() {
        return deferredFields;
    }

    /**
     * Records that this instance now mirrors a row in {@code alias}. Framework use: called by the query and save
     * paths, not by application code.
     */
    public final void markPersisted(String alias, Set<String> deferred) {
        this.persisted = true;
        this.databaseAlias = alias;
        this.deferredFields = Set.copyOf(deferred);
    }

    /** Forgets the row: after a delete the instance is new again. Framework use. */
    public final void markDeleted() {
        this.persisted = false;
        this.databaseAlias = null;
        this.deferredFields = Set.of();
    }

    /**
     * The objects prefetched for the reverse relation {@code relation} ({@code books}), or null when it was not
     * prefetched. Framework use: read them through the relation ({@code AUTHOR.books.all(author)}).
     */
    public final List<?> prefetched(String relation) {
        return prefetched == null ? null : prefetched.get(relation);
    }

    /** Stores a prefetched reverse relation. Framework use: called by the query layer's prefetch. */
    public final void putPrefetched(String relation, List<?> objects) {
        if (prefetched == null) {
            prefetched = new HashMap<>();
        }
        prefetched.put(relation, List.copyOf(objects));
    }
}

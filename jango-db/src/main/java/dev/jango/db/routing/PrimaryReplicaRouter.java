package dev.jango.db.routing;

import dev.jango.db.Db;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.model.Entity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads go to the replicas in turn; writes go to the primary; so does every read inside an atomic block of the
 * primary and every read of a {@link ReadYourWrites} scope that has written. Relations are allowed between any
 * of these aliases (they hold the same data); other routers decide about other aliases.
 *
 * <pre>{@code
 * Db.configure(Map.of("default", primaryUrl, "replica1", r1Url, "replica2", r2Url),
 *         List.of(new PrimaryReplicaRouter("default", List.of("replica1", "replica2"))));
 * Book.objects.count();                       // replica1, then replica2, …
 * Db.database().atomic(() -> Book.objects.count());    // default
 * }</pre>
 */
public final class PrimaryReplicaRouter implements DatabaseRouter {
    private final String primary;
    private final List<String> replicas;
    /** Round-robin position; only ever incremented, so sharing it between threads is harmless. */
    private final AtomicLong next = new AtomicLong();

    public PrimaryReplicaRouter(String primary, List<String> replicas) {
        this.primary = Objects.requireNonNull(primary, "primary");
        this.replicas = List.copyOf(replicas);
        if (this.replicas.isEmpty()) {
            throw new IllegalArgumentException("PrimaryReplicaRouter(" + primary + "): give at least one replica");
        }
        if (this.replicas.contains(primary)) {
            throw new IllegalArgumentException("PrimaryReplicaRouter: '" + primary + "' is both primary and replica");
        }
    }

    @Override
    public Optional<String> dbForRead(ModelMeta<?> model, Hints hints) {
        if (ReadYourWrites.wrote() || Db.database(primary).inAtomic()) {
            return Optional.of(primary);
        }
        return Optional.of(replicas.get((int) Math.floorMod(next.getAndIncrement(), (long) replicas.size())));
    }

    @Override
    public Optional<String> dbForWrite(ModelMeta<?> model, Hints hints) {
        return Optional.of(primary);
    }

    @Override
    public Optional<Boolean> allowRelation(Entity a, Entity b) {
        Optional<String> left = a.databaseAlias();
        Optional<String> right = b.databaseAlias();
        if (left.isPresent() && right.isPresent() && ours(left.get()) && ours(right.get())) {
            return Optional.of(true);
        }
        return Optional.empty();
    }

    private boolean ours(String alias) {
        return alias.equals(primary) || replicas.contains(alias);
    }

    @Override
    public String toString() {
        return "PrimaryReplicaRouter[primary=" + primary + ", replicas=" + replicas + "]";
    }
}

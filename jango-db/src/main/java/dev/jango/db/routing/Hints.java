package dev.jango.db.routing;

import dev.jango.db.model.Entity;
import java.util.Optional;

/**
 * What a router knows about a read or write besides the model: the instance being saved or deleted, when there
 * is one (its {@link Entity#databaseAlias()} says where it was loaded from).
 *
 * <pre>{@code
 * Optional<String> dbForWrite(ModelMeta<?> model, Hints hints) {
 *     return hints.instance().flatMap(Entity::databaseAlias);   // write back where it came from
 * }
 * }</pre>
 *
 * @param instance the instance concerned, or null
 */
public record Hints(Entity instance) {
    /** No hints: a QuerySet read or bulk write. */
    public static final Hints NONE = new Hints(null);

    public static Hints of(Entity instance) {
        return instance == null ? NONE : new Hints(instance);
    }

    public Optional<Entity> instanceIfAny() {
        return Optional.ofNullable(instance);
    }
}

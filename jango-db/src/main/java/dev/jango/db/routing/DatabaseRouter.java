package dev.jango.db.routing;

import dev.jango.db.meta.ModelMeta;
import dev.jango.db.model.Entity;
import java.util.Optional;

/**
 * Decides which database alias a model's reads and writes go to. Routers are consulted in order (see
 * {@code Db.configure(urls, routers)}); the first that answers wins, and when none answers the default alias is
 * used. Every method has a "no opinion" default, so a router overrides only what it cares about.
 *
 * <pre>{@code
 * final class AnalyticsRouter implements DatabaseRouter {
 *     public Optional<String> dbForRead(ModelMeta<?> model, Hints hints) {
 *         return model.name().equals("PageView") ? Optional.of("warehouse") : Optional.empty();
 *     }
 * }
 * Db.configure(Map.of("default", primaryUrl, "warehouse", warehouseUrl), List.of(new AnalyticsRouter()));
 * }</pre>
 */
public interface DatabaseRouter {
    /** The alias for reading {@code model}, or empty for no opinion. */
    default Optional<String> dbForRead(ModelMeta<?> model, Hints hints) {
        return Optional.empty();
    }

    /** The alias for writing {@code model}, or empty for no opinion. */
    default Optional<String> dbForWrite(ModelMeta<?> model, Hints hints) {
        return Optional.empty();
    }

    /** Whether {@code a} may refer to {@code b} (a foreign key between them), or empty for no opinion. */
    default Optional<Boolean> allowRelation(Entity a, Entity b) {
        return Optional.empty();
    }

    /** Whether migrations of {@code model} (of application {@code app}) run on {@code alias}, or empty. */
    default Optional<Boolean> allowMigrate(String alias, String app, ModelMeta<?> model) {
        return Optional.empty();
    }
}

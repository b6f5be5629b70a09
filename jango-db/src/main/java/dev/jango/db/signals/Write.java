package dev.jango.db.signals;

import dev.jango.db.connection.Database;
import dev.jango.db.meta.ModelMeta;
import dev.jango.db.query.QuerySet;
import java.util.List;
import java.util.Optional;

/**
 * One write as a {@link WriteHook} sees it, after its SQL ran and before its transaction commits.
 *
 * <pre>{@code
 * WriteHook<Book> audit = w -> log.info("{} {} rows of {}", w.operation(), w.rows(), w.model().name());
 * }</pre>
 *
 * @param operation the kind of write
 * @param model     the written model
 * @param database  where it was written
 * @param objects   the instances written (empty for QuerySet writes)
 * @param query     the QuerySet for {@code QUERY_UPDATE} / {@code QUERY_DELETE}, else null
 * @param rows      rows affected as the database reported them (inserted + updated for bulkCreate)
 * @param <M>       the model
 */
public record Write<M>(Operation operation, ModelMeta<M> model, Database database, List<M> objects,
                       QuerySet<?> query, long rows) {
    public Write {
        objects = List.copyOf(objects);
    }

    /** The QuerySet of a QuerySet write. */
    public Optional<QuerySet<?>> queryOptional() {
        return Optional.ofNullable(query);
    }
}

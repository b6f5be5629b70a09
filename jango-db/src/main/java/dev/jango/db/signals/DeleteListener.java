package dev.jango.db.signals;

import dev.jango.db.meta.ModelMeta;

/**
 * Receives preDelete / postDelete for one instance deleted through its manager; runs inside the delete's
 * transaction, so throwing rolls it back.
 *
 * <pre>{@code builder.postDelete(Book.class, (model, book) -> files.remove(book.coverPath));}</pre>
 *
 * @param <M> the model
 */
@FunctionalInterface
public interface DeleteListener<M> {
    void deleted(ModelMeta<M> model, M instance);
}

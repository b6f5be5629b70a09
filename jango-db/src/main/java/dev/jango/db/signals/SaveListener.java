package dev.jango.db.signals;

import dev.jango.db.meta.ModelMeta;

/**
 * Receives preSave / postSave for one instance. {@code created} says whether the save inserts (inserted, for
 * postSave). Runs inside the save's transaction; throwing rolls the save back.
 *
 * <pre>{@code builder.preSave(Book.class, (model, book, created) -> book.slug = slugify(book.title));}</pre>
 *
 * @param <M> the model
 */
@FunctionalInterface
public interface SaveListener<M> {
    void saved(ModelMeta<M> model, M instance, boolean created);
}

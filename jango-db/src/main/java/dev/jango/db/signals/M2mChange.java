package dev.jango.db.signals;

import dev.jango.db.meta.ModelMeta;
import java.util.List;

/**
 * A change of a many-to-many relation through its helpers ({@code add}, {@code remove}, {@code set},
 * {@code clear}), sent before and after the rows of the through model are written.
 *
 * <pre>{@code builder.m2mChanged(Book.class, c -> { if (c.action() == M2mChange.Action.POST_ADD) … });}</pre>
 *
 * @param action     what happens
 * @param model      the model owning the relation
 * @param instance   the instance whose relation changes
 * @param relation   the relation's field name
 * @param related    the model on the other side
 * @param relatedIds the keys added or removed (empty for clear)
 * @param <M>        the owning model
 */
public record M2mChange<M>(Action action, ModelMeta<M> model, M instance, String relation, ModelMeta<?> related,
                           List<Object> relatedIds) {
    public M2mChange {
        relatedIds = List.copyOf(relatedIds);
    }

    /** Django's m2m_changed actions. */
    public enum Action { PRE_ADD, POST_ADD, PRE_REMOVE, POST_REMOVE, PRE_CLEAR, POST_CLEAR }
}

/**
 * The runtime metamodel the annotation processor generates: {@link dev.jango.db.meta.ModelMeta} per model, a
 * typed {@link dev.jango.db.meta.Field} per field and a {@link dev.jango.db.meta.Relation} per relation, read by
 * queries, forms, the admin and migrations alike.
 *
 * <pre>{@code BOOK.title.spec().maxLength();   // 200, from @Char(max = 200)
 * BOOK.author.then(AUTHOR.publisher);         // a RelationPath for selectRelated}</pre>
 */
package dev.jango.db.meta;

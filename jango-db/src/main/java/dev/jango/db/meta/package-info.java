/**
 * The runtime metamodel the annotation processor generates: {@link dev.jango.db.meta.ModelMeta} per model and a
 * typed {@link dev.jango.db.meta.Field} per field, read by queries, forms, the admin and migrations alike.
 *
 * <pre>{@code BOOK.title.spec().maxLength();   // 200, from @Char(max = 200)}</pre>
 */
package dev.jango.db.meta;

/**
 * What application code writes: the {@code @Model} annotation and its field annotations, relations
 * ({@code @ForeignKey} on a {@link dev.jango.db.model.Ref}, {@code @ManyToMany} on a
 * {@link dev.jango.db.model.RelatedSet}), and {@link dev.jango.db.model.Entity}, the base class carrying each
 * instance's persistence state.
 *
 * <pre>{@code
 * @Model public class Tag extends Entity { @Id public long id; @Unique @Char(max = 50) public String name; }
 * @ForeignKey(relatedName = "books") public Ref<Author> author;   // in Book
 * }</pre>
 */
package dev.jango.db.model;

/**
 * What application code writes: the {@code @Model} annotation and its field annotations, and {@link
 * dev.jango.db.model.Entity}, the base class carrying each instance's persistence state.
 *
 * <pre>{@code
 * @Model public class Tag extends Entity { @Id public long id; @Unique @Char(max = 50) public String name; }
 * }</pre>
 */
package dev.jango.db.model;

/**
 * Version 2 of the referencing test model: a foreign key to {@code lib}'s Writer.
 *
 * <pre>{@code
 * new AppMigrations("shop", dir, List.of(NovelMeta.NOVEL))
 * }</pre>
 */
package dev.jango.migrations.fk.v2;

/**
 * Version 1 of the referencing test model (no foreign key yet).
 *
 * <pre>{@code
 * new AppMigrations("shop", dir, List.of(NovelMeta.NOVEL))
 * }</pre>
 */
package dev.jango.migrations.fk.v1;

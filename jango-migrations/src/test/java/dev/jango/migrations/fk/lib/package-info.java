/**
 * Test models for foreign keys across apps: {@code lib} holds the referenced model, {@code v1}/{@code v2} are two
 * versions of the referencing model (v2 adds the key).
 *
 * <pre>{@code
 * new AppMigrations("lib", dir, List.of(WriterMeta.WRITER))
 * }</pre>
 */
package dev.jango.migrations.fk.lib;

/**
 * Test models for a many-to-many relation through a declared model, migrated as three ordinary tables.
 *
 * <pre>{@code
 * new AppMigrations("music", dir, List.of(ALBUM_GENRE, ALBUM, GENRE))
 * }</pre>
 */
package dev.jango.migrations.m2m;

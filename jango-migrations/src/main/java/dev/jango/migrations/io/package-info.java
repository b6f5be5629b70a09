/**
 * The files migrations live in: migration JSON files, the per-app schema snapshot ({@code schema.json}) and the
 * per-app head file ({@code HEAD}), all written with stable key order so diffs are reviewable.
 *
 * <pre>{@code
 * Migration m = MigrationFile.read(Path.of("src/main/resources/shop/migrations/0002_book_isbn.json"));
 * }</pre>
 */
package dev.jango.migrations.io;

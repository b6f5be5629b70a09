/**
 * Jango migrations: per-app schema snapshot and head file, autodetected and reviewable migration files, safe
 * forms by default, a linter, and an executor that is transactional where the database allows. The commands
 * ({@code makemigrations}, {@code migrate}, …) live in {@code dev.jango.migrations.cli}.
 *
 * <pre>{@code
 * Workspace ws = new Workspace(List.of(new AppMigrations("shop", Path.of("shop/migrations"), List.of(BOOK))));
 * MakeMigrations.Result r = MakeMigrations.run(ws, MakeMigrations.Options.defaults(), System.out::println);
 * }</pre>
 */
package dev.jango.migrations;

/**
 * The migration management commands, contributed to {@code manage} through the jango-cli SPI:
 * {@code makemigrations}, {@code migrate}, {@code showmigrations}, {@code sqlmigrate}, {@code lintmigrations} and
 * {@code squashmigrations}.
 *
 * <pre>{@code
 * $ ./manage makemigrations --check
 * $ ./manage migrate shop 0003_book_isbn --plan
 * $ ./manage sqlmigrate shop 0003_book_isbn --backwards
 * }</pre>
 */
package dev.jango.migrations.cli;

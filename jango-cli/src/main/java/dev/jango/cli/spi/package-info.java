/**
 * Extension points of {@code manage}: {@link dev.jango.cli.spi.CommandProvider} adds commands, {@link
 * dev.jango.cli.spi.ProjectLoader} tells the launcher what the project is. Both are found with ServiceLoader.
 *
 * <pre>{@code
 * # META-INF/services/dev.jango.cli.spi.CommandProvider
 * dev.jango.migrations.cli.MigrationCommands
 * }</pre>
 */
package dev.jango.cli.spi;

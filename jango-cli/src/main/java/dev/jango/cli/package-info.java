/**
 * The {@code manage} command framework: the launcher {@link dev.jango.cli.Manage}, the {@link dev.jango.cli.Project}
 * every command runs against, and the {@link dev.jango.cli.AppSpec} view of an app.
 *
 * <pre>{@code
 * // a project's own launcher
 * public static void main(String[] args) {
 *     System.exit(Manage.run(new Project(Path.of("."), Map.of("default", "sqlite:db.sqlite3"), apps), args));
 * }
 * }</pre>
 */
package dev.jango.cli;

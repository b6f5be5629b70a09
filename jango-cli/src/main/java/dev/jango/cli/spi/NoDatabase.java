package dev.jango.cli.spi;

/**
 * Marks a command that never touches the project's databases ({@code startproject}, {@code check}, {@code help}):
 * the launcher then does not configure {@code Db}, so running it opens no pool and creates no SQLite file.
 *
 * <pre>{@code
 * @Command(name = "startproject")
 * public final class StartProjectCommand implements Callable<Integer>, NoDatabase { ... }
 * }</pre>
 */
public interface NoDatabase {
}

/**
 * The web layer's management commands ({@code check}, {@code shell}, {@code dbshell}, {@code startproject},
 * {@code runserver} with its reloader), contributed to {@code manage} by {@link dev.jango.web.commands.WebCommands},
 * and the system-check registry.
 *
 * <pre>{@code
 * $ ./manage check --deploy            # exit 1 on errors
 * CheckRegistry.standard(registry).run(true).ids();   // [security.E100, security.W004, ...]
 * }</pre>
 */
package dev.jango.web.commands;

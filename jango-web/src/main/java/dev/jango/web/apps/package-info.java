/**
 * The app registry: a project is a list of {@link dev.jango.web.apps.App}s (models, routes, templates, commands,
 * checks, a ready hook) plus its settings, declared by a {@link dev.jango.web.apps.ProjectDefinition}.
 *
 * <pre>{@code
 * AppRegistry apps = AppRegistry.load(Settings.load(System.getenv()), List.of(new ShopApp()));
 * }</pre>
 */
package dev.jango.web.apps;

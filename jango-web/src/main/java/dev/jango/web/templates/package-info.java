/**
 * Templates: Pebble with per-app folders ({@code templates/<app>/} on the class path), inheritance, autoescape on,
 * and the {@code url()}, {@code static()} and {@code csrf_input()} functions; errors name the file and line.
 *
 * <pre>{@code
 * {% extends "base.html" %}
 * {% block content %}<a href="{{ url('shop:detail', book.id) }}">{{ book.title }}</a>
 * <form method="post">{{ csrf_input() }}</form>{% endblock %}
 * }</pre>
 */
package dev.jango.web.templates;

package dev.jango.web.routing;

import dev.jango.web.views.View;
import java.util.Optional;

/**
 * One compiled route: its full pattern (include prefixes applied), its view, and its qualified name
 * ({@code namespace:name}) if named.
 *
 * <pre>{@code
 * router.resolve("/books/7/").orElseThrow().route().name();   // Optional[book-detail]
 * }</pre>
 *
 * @param pattern the full pattern
 * @param view the view it dispatches to
 * @param name the qualified name, if any
 */
public record Route(PathPattern pattern, View view, Optional<String> name) {
    @Override
    public String toString() {
        return pattern.text() + name.map(n -> " [" + n + "]").orElse("");
    }
}

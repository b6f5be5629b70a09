package dev.jango.web.http;

import java.util.Set;
import java.util.TreeSet;

/**
 * The route exists but does not accept this HTTP method: 405 with an {@code Allow} header listing those it does.
 *
 * <pre>{@code
 * throw new MethodNotAllowed("DELETE", Set.of("GET", "POST"));
 * }</pre>
 */
public class MethodNotAllowed extends HttpException {
    private static final long serialVersionUID = 1L;

    private final Set<String> allowed;

    /** For {@code method}, listing the {@code allowed} methods. */
    public MethodNotAllowed(String method, Set<String> allowed) {
        super(405, "Method " + method + " not allowed; allowed: " + String.join(", ", new TreeSet<>(allowed)));
        this.allowed = Set.copyOf(allowed);
    }

    /** The methods the resource accepts. */
    public Set<String> allowed() {
        return allowed;
    }

    @Override
    public Headers headers() {
        return Headers.of("Allow", String.join(", ", new TreeSet<>(allowed)));
    }
}

package dev.jango.web.test;

import dev.jango.web.server.Dispatcher;
import dev.jango.web.server.JangoServer;
import dev.jango.web.server.ServerConfig;
import java.net.URI;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the app on a real socket (127.0.0.1, a free port) for the test class, for HTTP clients and browser tests.
 *
 * <pre>{@code
 * @RegisterExtension
 * static LiveServerExtension live = new LiveServerExtension(() -> MyApp.dispatcher());
 *
 * @Test void home() throws Exception {
 *     var r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(live.uri().resolve("/")).build(), ofString());
 * }
 * }</pre>
 */
public final class LiveServerExtension implements BeforeAllCallback, AfterAllCallback {
    private final Supplier<Dispatcher> app;
    private final ServerConfig config;
    private JangoServer server;

    /** Serving the dispatcher {@code app} builds, on port 0. */
    public LiveServerExtension(Supplier<Dispatcher> app) {
        this(app, ServerConfig.defaults().withPort(0));
    }

    /** Serving {@code app} with {@code config}. */
    public LiveServerExtension(Supplier<Dispatcher> app, ServerConfig config) {
        this.app = app;
        this.config = config;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = JangoServer.start(config, app.get());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** The base URI, {@code http://127.0.0.1:PORT/}. */
    public URI uri() {
        if (server == null) {
            throw new IllegalStateException("live server not running: register the extension as a static field");
        }
        return server.uri();
    }
}

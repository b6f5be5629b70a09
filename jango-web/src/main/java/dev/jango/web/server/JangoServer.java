package dev.jango.web.server;

import java.net.URI;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.VirtualThreads;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The embedded HTTP server: Jetty 12 core (no servlets), every request on its own virtual thread, so a view that
 * blocks on I/O for 100 ms holds no platform thread. A {@link QoSHandler} caps concurrent requests (the rest wait,
 * then get 503); {@link #close()} stops accepting, drains in-flight requests up to the shutdown timeout, then stops.
 *
 * <p>Threads: the acceptor and the selector loops run on a small pool of platform threads (they never block, and a
 * selector parked as a virtual thread would only add a hop through the carrier pool); Jetty hands each request,
 * a blocking task, to the virtual-thread executor of that pool, so only the handler runs on a virtual thread.
 *
 * <pre>
 *  Server (QueuedThreadPool: acceptor + selectors; virtual-thread executor: handlers)
 *   └─ GracefulHandler      drain on stop
 *       └─ QoSHandler       max concurrent requests, bounded wait queue
 *           └─ JettyBridge  HttpRequest → Dispatcher → HttpResponse
 * </pre>
 *
 * <pre>{@code
 * try (JangoServer server = JangoServer.start(ServerConfig.defaults().withPort(0), dispatcher)) {
 *     URI base = server.uri();   // http://127.0.0.1:41234/
 * }
 * }</pre>
 */
public final class JangoServer implements AutoCloseable {
    private static final int ACCEPT_QUEUE = 1024;

    private final Server server;
    private final ServerConnector connector;
    private final ServerConfig config;

    private JangoServer(Server server, ServerConnector connector, ServerConfig config) {
        this.server = server;
        this.connector = connector;
        this.config = config;
    }

    /** Starts serving {@code dispatcher}; returns once the port is bound. */
    public static JangoServer start(ServerConfig config, Dispatcher dispatcher) {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("jango");
        // With a virtual-thread executor Jetty reserves no platform threads and runs every BLOCKING task (our
        // handler) on a new virtual thread; the selector and acceptor stay on platform threads.
        threads.setVirtualThreadsExecutor(VirtualThreads.getNamedVirtualThreadsExecutor("jango-request"));
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(config.maxHeaderBytes());
        http.setSendServerVersion(false);
        // No per-connection header cache: Jetty's (1,024 entries) keeps about 100 KB of trie on the heap for every
        // open connection, 20 MB for 200 keep-alive clients, which pushed a 44 MB heap into a full collection
        // every half second; it only saves re-parsing a repeated header line (ADR 0054).
        http.setHeaderCacheSize(0);
        http.setIdleTimeout(config.idleTimeout().toMillis());
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        connector.setIdleTimeout(config.idleTimeout().toMillis());
        // The kernel's accept backlog: a burst of new connections (a load test's first wave, a restart behind a
        // proxy) waits in the queue instead of being refused; Jetty's default leaves it to the JVM's 50.
        connector.setAcceptQueueSize(ACCEPT_QUEUE);
        server.addConnector(connector);

        QoSHandler qos = new QoSHandler(new JettyBridge(dispatcher, config.limits()));
        qos.setMaxRequestCount(config.maxConcurrentRequests());
        qos.setMaxSuspendedRequestCount(config.maxQueuedRequests());
        qos.setMaxSuspend(config.queueTimeout());
        GracefulHandler graceful = new GracefulHandler(qos);
        server.setHandler(graceful);
        server.setStopTimeout(config.shutdownTimeout().toMillis());
        server.setStopAtShutdown(false);
        try {
            server.start();
        } catch (Exception e) {
            try {
                server.stop();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IllegalStateException("cannot start server on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
        }
        return new JangoServer(server, connector, config);
    }

    /** The bound port (the real one when configured with 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** {@code http://host:port/}. */
    public URI uri() {
        String host = config.host().equals("0.0.0.0") ? "127.0.0.1" : config.host();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Graceful stop: no new connections; in-flight requests finish (up to the shutdown timeout). */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("server did not stop cleanly", e);
        }
    }
}
